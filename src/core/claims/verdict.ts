/**
 * What a claim's status amounts to for a reader: one status, or a conflict between statuses
 * reviewers set without seeing each other (conflict.ts). A conflict is never shown, counted,
 * filtered or exported as one of its statuses: that would make an unsettled claim look settled.
 */
import type { Claim } from './claim'
import { statusConflict } from './conflict'
import { SINGLE_CHECK, secondCheckOf, verifiersOf, type ReviewRules } from './second-check'
import { CLAIM_STATUSES, statusLabel, type ClaimStatus } from './status'

/**
 * One status, the statuses in conflict (at least two, in the order of CLAIM_STATUSES), or a
 * verification still waiting for its second check (only in rooms with that rule).
 */
export type ClaimVerdict =
  | { readonly kind: 'status'; readonly status: ClaimStatus }
  | { readonly kind: 'conflict'; readonly statuses: readonly ClaimStatus[] }
  | { readonly kind: 'awaiting'; readonly verifiedBy: readonly string[] }

/** A status id, 'awaiting' or 'conflict': what lists are filtered by and counts are kept for. */
export type VerdictKey = ClaimStatus | 'awaiting' | 'conflict'

/**
 * Every verdict key, in the order the UI lists them: the six statuses, then Awaiting second
 * check, then Conflict.
 */
export const VERDICT_KEYS: readonly VerdictKey[] = [...CLAIM_STATUSES, 'awaiting', 'conflict']

/** The claim's verdict under the room's rules (without the second check when not given). */
export function claimVerdict(
  claim: Pick<Claim, 'status' | 'history'>,
  rules: ReviewRules = SINGLE_CHECK
): ClaimVerdict {
  const conflict = statusConflict(claim.history)
  if (!conflict) {
    if (!rules.secondCheck || claim.status !== 'verified')
      return { kind: 'status', status: claim.status }
    const check = secondCheckOf(claim.history)
    // A Verified status with no history (written before histories) has nobody to confirm it.
    return check.kind === 'confirmed'
      ? { kind: 'status', status: 'verified' }
      : { kind: 'awaiting', verifiedBy: verifiersOf(check) }
  }
  // In the statuses' own order: merged histories order concurrent changes by client id, which
  // differs from room to room, and every reviewer should read the same label.
  const order = (status: ClaimStatus): number => CLAIM_STATUSES.indexOf(status)
  return { kind: 'conflict', statuses: [...conflict.statuses].sort((a, b) => order(a) - order(b)) }
}

/** The verdict's key: its status, or 'conflict'. */
export function verdictKey(verdict: ClaimVerdict): VerdictKey {
  return verdict.kind === 'status' ? verdict.status : verdict.kind
}

/** The on-screen name of a key: a status label, or "Conflict". */
export function verdictKeyLabel(key: VerdictKey): string {
  if (key === 'conflict') return 'Conflict'
  if (key === 'awaiting') return AWAITING_LABEL
  return statusLabel(key)
}

/** What a verification waiting for its second check shows. */
export const AWAITING_LABEL = 'Verified · awaiting second check'

/** The verdict as shown: "Verified", or "Conflict: Verified vs Disputed" (both values). */
export function verdictLabel(verdict: ClaimVerdict): string {
  if (verdict.kind === 'status') return statusLabel(verdict.status)
  if (verdict.kind === 'awaiting') return AWAITING_LABEL
  return `Conflict: ${verdict.statuses.map(statusLabel).join(' vs ')}`
}
