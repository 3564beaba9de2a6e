/**
 * Reading a status history as a graph: each change names the changes it was made on top of
 * (its basis), so changes made without seeing each other share a basis and both stay "latest".
 */
import type { StatusChange } from './claim'
import type { ClaimStatus } from './status'

/** Two or more latest status changes that disagree, e.g. set differently by two reviewers offline. */
export interface StatusConflict {
  /** The disagreeing latest changes, in history order. */
  readonly changes: readonly StatusChange[]
  /** The distinct statuses they set, in history order. */
  readonly statuses: readonly ClaimStatus[]
}

/** The changes no other change was made on top of: one in a plain sequence, several after a fork. */
export function statusHeads(history: readonly StatusChange[]): StatusChange[] {
  const superseded = new Set(history.flatMap((change) => change.basis))
  return history.filter((change) => !superseded.has(change.id))
}

/** The basis for a new change: every latest change, so making it also resolves any conflict. */
export function nextBasis(history: readonly StatusChange[]): string[] {
  return statusHeads(history).map((change) => change.id)
}

/** The conflict in a status history, or null when its latest changes agree. */
export function statusConflict(history: readonly StatusChange[]): StatusConflict | null {
  const heads = statusHeads(history)
  const statuses = [...new Set(heads.map((change) => change.to))]
  return statuses.length > 1 ? { changes: heads, statuses } : null
}
