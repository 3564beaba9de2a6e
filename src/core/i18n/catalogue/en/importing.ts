/** Catalogue area `importing` (English, the source of every key). */
export const importing = {}
