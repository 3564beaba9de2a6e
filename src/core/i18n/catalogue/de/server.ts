import type { server as en } from '../en/server'

/** Katalogbereich `server` (Deutsch). */
export const server: typeof en = {}
