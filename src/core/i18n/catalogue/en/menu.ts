/** Catalogue area `menu` (English, the source of every key). */
export const menu = {}
