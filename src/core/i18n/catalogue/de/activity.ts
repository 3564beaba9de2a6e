import type { activity as en } from '../en/activity'

/** Katalogbereich `activity` (Deutsch). */
export const activity: typeof en = {}
