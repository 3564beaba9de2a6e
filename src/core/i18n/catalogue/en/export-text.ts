/** Catalogue area `exportText` (English, the source of every key). */
export const exportText = {}
