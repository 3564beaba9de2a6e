/** Catalogue area `claimReview` (English, the source of every key). */
export const claimReview = {}
