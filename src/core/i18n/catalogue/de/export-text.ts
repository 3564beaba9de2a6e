import type { exportText as en } from '../en/export-text'

/** Katalogbereich `exportText` (Deutsch). */
export const exportText: typeof en = {}
