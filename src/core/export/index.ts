/** The exporters and the Web Annotation importer, as the UI and the server call them. */
export { anchorAnnotations, type AnchorReport, type AnchorableAnnotation } from './anchor'
export { exportDocx } from './docx'
export {
  checkExportable,
  numberedClaims,
  reviewersOf,
  type ExportBlock,
  type ExportInput,
  type ExportRun,
  type NumberedClaim
} from './export-input'
export { exportHtml } from './html'
export { exportMarkdown } from './markdown'
export { draftBanner, openChecks, type OpenCheck } from './open-checks'
export { normalisedText, BLOCK_SEPARATOR } from './plain-text'
export { reviewSummary, type ReviewSummary } from './review-summary'
export {
  parseAnnotationCollection,
  parseWebAnnotations,
  type ImportedAnnotation,
  type ImportedCollection
} from './web-annotation-import'
export { exportWebAnnotations, type JsonLdObject } from './web-annotations'
