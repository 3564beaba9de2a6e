/** The "Verification progress" region: how many claims are in each status, or in conflict. */
import { message, type Message } from '../i18n/message'
import type { Claim } from './claim'
import type { ReviewRules } from './second-check'
import { VERDICT_KEYS, claimVerdict, verdictKey, type VerdictKey } from './verdict'

/** Claim counts per status and of conflicts (a conflict counts under no status), and the total. */
export interface VerificationProgress {
  readonly total: number
  readonly counts: Readonly<Record<VerdictKey, number>>
}

/** Counts claims per verdict; every key is present, zero or not, so the region never shifts. */
export function verificationProgress(
  claims: readonly Claim[],
  rules?: ReviewRules
): VerificationProgress {
  const counts = Object.fromEntries(VERDICT_KEYS.map((key) => [key, 0])) as Record<
    VerdictKey,
    number
  >
  for (const claim of claims) counts[verdictKey(claimVerdict(claim, rules))] += 1
  return { total: claims.length, counts }
}

/** The headline of the region, e.g. "3 of 12 verified", as a message. */
export function progressHeadline(progress: VerificationProgress): Message {
  return message('panel.progress.headline', {
    verified: progress.counts.verified,
    total: progress.total
  })
}
