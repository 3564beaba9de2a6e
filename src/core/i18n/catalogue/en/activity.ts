/** Catalogue area `activity` (English, the source of every key). */
export const activity = {}
