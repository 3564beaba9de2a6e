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

/**
 * Y.Map from claim id to a Y.Map of the claim's fields (see claims/claims-layout.ts). The
 * editor's claim mark carries only that id, so nothing that changes ever lives in the text.
 */
export const CLAIMS_FIELD = 'claims'

/** Y.Map of the room's review rules (see room-settings.ts); changed by editors and admins. */
export const SETTINGS_FIELD = 'settings'
