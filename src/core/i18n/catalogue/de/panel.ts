import type { panel as en } from '../en/panel'

/** Katalogbereich `panel` (Deutsch). */
export const panel: typeof en = {}
