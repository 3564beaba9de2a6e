import type { importing as en } from '../en/importing'

/** Katalogbereich `importing` (Deutsch). */
export const importing: typeof en = {}
