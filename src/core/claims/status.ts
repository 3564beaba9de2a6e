/** The six verification statuses a claim can have, in the order the UI lists them. */

/** Status ids, stored in the room document; never rename one without a migration. */
export const CLAIM_STATUSES = [
  'unverified',
  'in-review',
  'verified',
  'disputed',
  'false',
  'unverifiable'
] as const

/** One of the six verification statuses. */
export type ClaimStatus = (typeof CLAIM_STATUSES)[number]

/** The status every new claim starts with. */
export const DEFAULT_CLAIM_STATUS: ClaimStatus = 'unverified'

/** What each status is called on screen. */
export const CLAIM_STATUS_LABELS: Readonly<Record<ClaimStatus, string>> = {
  unverified: 'Unverified',
  'in-review': 'In review',
  verified: 'Verified',
  disputed: 'Disputed',
  false: 'False',
  unverifiable: 'Unverifiable'
}

/** True when `value` is one of the six status ids (data from peers arrives untyped). */
export function isClaimStatus(value: unknown): value is ClaimStatus {
  return typeof value === 'string' && (CLAIM_STATUSES as readonly string[]).includes(value)
}

/** The on-screen label of a status. */
export function statusLabel(status: ClaimStatus): string {
  return CLAIM_STATUS_LABELS[status]
}
