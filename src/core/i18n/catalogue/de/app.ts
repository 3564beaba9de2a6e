import type { app as en } from '../en/app'

/** Katalogbereich `app` (Deutsch). */
export const app: typeof en = {}
