/**
 * The room document's top-level Yjs types. Every reader and writer of a room
 * goes through these names; docs/ARCHITECTURE.md describes what each holds.
 */

/** Y.XmlFragment holding the briefing text as TipTap/ProseMirror nodes. */
export const DOCUMENT_FIELD = 'document'

/** Y.Array of source entries ({ name, url }) imported with the briefing or added later. */
export const SOURCES_FIELD = 'sources'

/** Y.Map of room facts: title, importedAt. */
export const META_FIELD = 'meta'
