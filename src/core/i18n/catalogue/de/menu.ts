import type { menu as en } from '../en/menu'

/** Katalogbereich `menu` (Deutsch). */
export const menu: typeof en = {}
