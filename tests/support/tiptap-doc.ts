/** Edits a Y.Doc laid out as TipTap's Collaboration extension lays it out. */
import * as Y from 'yjs'
import { documentFragment } from '../../src/collab/briefing-doc'

/** Appends a paragraph (XmlElement 'paragraph' with one XmlText child) holding `text`. */
export function appendParagraph(doc: Y.Doc, text: string): void {
  insertParagraph(doc, documentFragment(doc).length, text)
}

/** Inserts a paragraph holding `text` at block `index`. */
export function insertParagraph(doc: Y.Doc, index: number, text: string): void {
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText(text)])
  documentFragment(doc).insert(index, [paragraph])
}

/** The XmlText of block `index`, if that block is a paragraph with text. */
export function paragraphText(doc: Y.Doc, index: number): Y.XmlText | undefined {
  const block = documentFragment(doc).get(index)
  if (!(block instanceof Y.XmlElement)) return undefined
  const child = block.get(0)
  return child instanceof Y.XmlText ? child : undefined
}
