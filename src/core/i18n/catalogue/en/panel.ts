/** Catalogue area `panel` (English, the source of every key). */
export const panel = {}
