/** Checks for untyped data from files, shaped like the core's plain types. */
import type { StatusChange } from '../claims/claim'
import { isClaimStatus } from '../claims/status'

/** True for a JSON object (not null, not an array). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A status change read from untyped data, or null when any field is missing or wrong. */
export function decodeStatusChangeData(value: unknown): StatusChange | null {
  if (!isPlainObject(value)) return null
  const { id, author, at, from, to, note, basis } = value
  if (typeof id !== 'string' || typeof author !== 'string' || typeof at !== 'string') return null
  if (!isClaimStatus(from) || !isClaimStatus(to)) return null
  if (!Array.isArray(basis) || !basis.every((item) => typeof item === 'string')) return null
  if (note !== undefined && typeof note !== 'string') return null
  const change: StatusChange = { id, author, at, from, to, basis }
  return note === undefined ? change : { ...change, note }
}
