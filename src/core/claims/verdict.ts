/**
 * What a claim's status amounts to for a reader: one status, or a conflict between statuses
 * reviewers set without seeing each other (conflict.ts). A conflict is never shown, counted,
 * filtered or exported as one of its statuses: that would make an unsettled claim look settled.
 */
import type { Claim } from './claim'
import { statusConflict } from './conflict'
import { SINGLE_CHECK, secondCheckOf, verifiersOf, type ReviewRules } from './second-check'
import { english, type Translator } from '../i18n/translator'
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

/** The on-screen name of a key: a status label, "Conflict" or the awaiting label. */
export function verdictKeyLabel(key: VerdictKey, tr: Translator = english): string {
  if (key === 'conflict') return tr.t('claim.verdict.conflict')
  if (key === 'awaiting') return tr.t('claim.verdict.awaiting')
  return statusLabel(key, tr)
}

/** What a verification waiting for its second check shows, in English. */
export const AWAITING_LABEL = verdictKeyLabel('awaiting')

/** The verdict as shown: "Verified", or "Conflict: Verified vs Disputed" (every value). */
export function verdictLabel(verdict: ClaimVerdict, tr: Translator = english): string {
  if (verdict.kind !== 'conflict') return verdictKeyLabel(verdictKey(verdict), tr)
  // The statuses are a list of labels, not words of a sentence: joined by the language's "vs".
  const statuses = verdict.statuses.map((status) => statusLabel(status, tr))
  return tr.t('claim.verdict.conflictBetween', {
    statuses: statuses.join(tr.t('claim.verdict.versus'))
  })
}
