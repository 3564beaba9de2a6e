/** The six verification statuses a claim can have, in the order the UI lists them. */
import { english, type Translator } from '../i18n/translator'

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

/** What each status is called in English (the catalogue's `claim.status.*`). */
export const CLAIM_STATUS_LABELS: Readonly<Record<ClaimStatus, string>> = {
  unverified: statusLabel('unverified'),
  'in-review': statusLabel('in-review'),
  verified: statusLabel('verified'),
  disputed: statusLabel('disputed'),
  false: statusLabel('false'),
  unverifiable: statusLabel('unverifiable')
}

/** True when `value` is one of the six status ids (data from peers arrives untyped). */
export function isClaimStatus(value: unknown): value is ClaimStatus {
  return typeof value === 'string' && (CLAIM_STATUSES as readonly string[]).includes(value)
}

/** The on-screen label of a status, in the translator's language (English by default). */
export function statusLabel(status: ClaimStatus, tr: Translator = english): string {
  return tr.t(`claim.status.${status}`)
}
