/** Catalogue area `server` (English, the source of every key). */
export const server = {}
