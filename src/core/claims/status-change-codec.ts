/**
 * Reading a status change from untyped data: the room document (written by any peer) and
 * imported files alike, so both accept and refuse exactly the same entries.
 */
import type { StatusAction, StatusChange } from './claim'
import { isClaimStatus } from './status'

/**
 * The status change `value` holds, or null when a field is missing or of the wrong type. A
 * missing `basis` reads as none (entries written before conflicts were tracked); a basis that
 * is not a list of ids, or a note that is not text, makes the entry unreadable.
 */
export function decodeStatusChange(value: unknown): StatusChange | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  const { id, author, at, from, to, note, basis = [], action } = value as Record<string, unknown>
  if (typeof id !== 'string' || typeof author !== 'string' || typeof at !== 'string') return null
  if (!isClaimStatus(from) || !isClaimStatus(to)) return null
  if (!Array.isArray(basis) || !basis.every((item) => typeof item === 'string')) return null
  if (note !== undefined && typeof note !== 'string') return null
  if (action !== undefined && !isStatusAction(action)) return null
  const plain: StatusChange = { id, author, at, from, to, basis }
  const change = note === undefined ? plain : { ...plain, note }
  // A plain status change is stored without an action, as before second checks existed.
  return action === undefined || action === 'set' ? change : { ...change, action }
}

const STATUS_ACTIONS: readonly string[] = ['set', 'confirm', 'send-back'] satisfies StatusAction[]

function isStatusAction(value: unknown): value is StatusAction {
  return typeof value === 'string' && STATUS_ACTIONS.includes(value)
}
