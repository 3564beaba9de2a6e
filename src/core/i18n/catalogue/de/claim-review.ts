import type { claimReview as en } from '../en/claim-review'

/** Katalogbereich `claimReview` (Deutsch). */
export const claimReview: typeof en = {}
