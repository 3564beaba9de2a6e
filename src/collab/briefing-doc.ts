/** Maps a parsed briefing to and from the room's Yjs document. */
import * as Y from 'yjs'
import type { Briefing, BriefingBlock, SourceEntry } from '../core/briefing'
import { DOCUMENT_FIELD, META_FIELD, SOURCES_FIELD } from './doc-layout'

/** Room facts stored beside the text. */
export interface RoomMeta {
  readonly title?: string
  readonly importedAt?: string
}

/** The briefing text as TipTap's Collaboration extension reads it. */
export function documentFragment(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(DOCUMENT_FIELD)
}

/** The room's source library. */
export function sourceList(doc: Y.Doc): Y.Array<SourceEntry> {
  return doc.getArray<SourceEntry>(SOURCES_FIELD)
}

/** One ProseMirror node in y-tiptap's encoding: an element named after the node type. */
function blockElement(block: BriefingBlock): Y.XmlElement {
  const element = new Y.XmlElement(block.kind)
  if (block.kind === 'heading') element.setAttribute('level', String(block.level ?? 1))
  element.insert(0, [new Y.XmlText(block.text)])
  return element
}

/** True once the room holds any text or sources: a seeded room is never seeded again. */
export function hasDocumentContent(doc: Y.Doc): boolean {
  return documentFragment(doc).length > 0 || sourceList(doc).length > 0
}

/** Writes a briefing into an empty room document in one transaction. */
export function writeBriefing(
  doc: Y.Doc,
  briefing: Briefing,
  meta: RoomMeta = {},
  origin: unknown = null
): void {
  if (hasDocumentContent(doc)) throw new Error('room already has content')
  doc.transact(() => {
    documentFragment(doc).insert(0, briefing.blocks.map(blockElement))
    sourceList(doc).push(briefing.sources.map((source) => ({ ...source })))
    const metaMap = doc.getMap<string>(META_FIELD)
    if (meta.title) metaMap.set('title', meta.title)
    if (meta.importedAt) metaMap.set('importedAt', meta.importedAt)
  }, origin)
}

/** The room's sources, in library order. */
export function readSources(doc: Y.Doc): SourceEntry[] {
  return sourceList(doc).toArray()
}

/** The room's text as plain text, one block per line. */
export function readPlainText(doc: Y.Doc): string {
  return documentFragment(doc)
    .toArray()
    .map((node) => (node instanceof Y.XmlElement ? blockText(node) : ''))
    .join('\n')
}

function blockText(element: Y.XmlElement): string {
  return element
    .toArray()
    .map((child) =>
      child instanceof Y.XmlText ? deltaText(child) : blockText(child as Y.XmlElement)
    )
    .join('')
}

/** Text of an XmlText without its formatting (toString would render marks as XML tags). */
function deltaText(text: Y.XmlText): string {
  return (text.toDelta() as { insert?: unknown }[])
    .map((op) => (typeof op.insert === 'string' ? op.insert : ''))
    .join('')
}
