import type { claim as en } from '../en/claim'

/** Katalogbereich `claim` (Deutsch). */
export const claim: typeof en = {}
