/**
 * What a claim's status amounts to for a reader: one status, or a conflict between statuses
 * reviewers set without seeing each other (conflict.ts). A conflict is never shown, counted,
 * filtered or exported as one of its statuses: that would make an unsettled claim look settled.
 */
import type { Claim } from './claim'
import { statusConflict } from './conflict'
import { CLAIM_STATUSES, statusLabel, type ClaimStatus } from './status'

/** One status, or the statuses in conflict (at least two, in the order of CLAIM_STATUSES). */
export type ClaimVerdict =
  | { readonly kind: 'status'; readonly status: ClaimStatus }
  | { readonly kind: 'conflict'; readonly statuses: readonly ClaimStatus[] }

/** A status id, or 'conflict': what lists are filtered by and counts are kept for. */
export type VerdictKey = ClaimStatus | 'conflict'

/** Every verdict key, in the order the UI lists them: the six statuses, then Conflict. */
export const VERDICT_KEYS: readonly VerdictKey[] = [...CLAIM_STATUSES, 'conflict']

/** The claim's verdict. */
export function claimVerdict(claim: Pick<Claim, 'status' | 'history'>): ClaimVerdict {
  const conflict = statusConflict(claim.history)
  if (!conflict) return { kind: 'status', status: claim.status }
  // In the statuses' own order: merged histories order concurrent changes by client id, which
  // differs from room to room, and every reviewer should read the same label.
  const order = (status: ClaimStatus): number => CLAIM_STATUSES.indexOf(status)
  return { kind: 'conflict', statuses: [...conflict.statuses].sort((a, b) => order(a) - order(b)) }
}

/** The verdict's key: its status, or 'conflict'. */
export function verdictKey(verdict: ClaimVerdict): VerdictKey {
  return verdict.kind === 'status' ? verdict.status : 'conflict'
}

/** The on-screen name of a key: a status label, or "Conflict". */
export function verdictKeyLabel(key: VerdictKey): string {
  return key === 'conflict' ? 'Conflict' : statusLabel(key)
}

/** The verdict as shown: "Verified", or "Conflict: Verified vs Disputed" (both values). */
export function verdictLabel(verdict: ClaimVerdict): string {
  if (verdict.kind === 'status') return statusLabel(verdict.status)
  return `Conflict: ${verdict.statuses.map(statusLabel).join(' vs ')}`
}
