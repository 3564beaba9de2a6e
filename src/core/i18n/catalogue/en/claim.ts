/** Catalogue area `claim` (English, the source of every key). */
export const claim = {}
