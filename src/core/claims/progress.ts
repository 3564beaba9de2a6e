/** The "Verification progress" region: how many claims are in each status. */
import type { Claim } from './claim'
import { CLAIM_STATUSES, type ClaimStatus } from './status'

/** Claim counts per status, and the total. */
export interface VerificationProgress {
  readonly total: number
  readonly counts: Readonly<Record<ClaimStatus, number>>
}

/** Counts claims per status; every status is present, zero or not, so the region never shifts. */
export function verificationProgress(claims: readonly Claim[]): VerificationProgress {
  const counts = Object.fromEntries(CLAIM_STATUSES.map((status) => [status, 0])) as Record<
    ClaimStatus,
    number
  >
  for (const claim of claims) counts[claim.status] += 1
  return { total: claims.length, counts }
}

/** The headline of the region, e.g. "3 of 12 verified". */
export function progressSentence(progress: VerificationProgress): string {
  return `${progress.counts.verified} of ${progress.total} verified`
}
