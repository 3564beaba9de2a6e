/** Catalogue area `app` (English, the source of every key). */
export const app = {}
