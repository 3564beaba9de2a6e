/**
 * Edits one reviewer makes while offline, written as TipTap's Collaboration binding writes them:
 * one Yjs transaction per keystroke on the `Y.XmlText` inside a `Y.XmlElement('paragraph')` of
 * the `document` fragment. Mostly typed characters, with a backspace now and then.
 */
import * as Y from 'yjs'
import { documentFragment } from '../src/collab/briefing-doc'

const TYPED = 'the figure was checked against the statistics office table and found correct '
/** Every tenth keystroke deletes the character before the caret instead of typing one. */
const BACKSPACE_EVERY = 10
/** The typing moves on to the next paragraph after this many keystrokes. */
const KEYS_PER_PARAGRAPH = 2_000

/** The text of every paragraph of the room (headings are left alone). */
function paragraphTexts(doc: Y.Doc): Y.XmlText[] {
  return documentFragment(doc)
    .toArray()
    .flatMap((block) => {
      if (!(block instanceof Y.XmlElement) || block.nodeName !== 'paragraph') return []
      const text = block.get(0)
      return text instanceof Y.XmlText ? [text] : []
    })
}

/**
 * Makes `count` separate edits in `doc`: `count - 1` keystrokes at the end of the first few
 * paragraphs, then the marker inserted at the start of the first paragraph (in view on a
 * reviewer's screen), so the marker arriving means every earlier edit arrived with it.
 */
export function makeOfflineEdits(doc: Y.Doc, count: number, marker: string): void {
  const texts = paragraphTexts(doc)
  const first = texts[0]
  if (!first) throw new Error('the room has no paragraph to edit')
  for (let key = 0; key < count - 1; key++) {
    const text = texts[Math.floor(key / KEYS_PER_PARAGRAPH) % texts.length] ?? first
    const caret = text.length
    doc.transact(() => {
      if (key % BACKSPACE_EVERY === BACKSPACE_EVERY - 1) text.delete(caret - 1, 1)
      else text.insert(caret, TYPED.charAt(key % TYPED.length))
    })
  }
  doc.transact(() => first.insert(0, marker))
}

/** True once `doc`'s first paragraph holds `marker`. */
export function hasMarker(doc: Y.Doc, marker: string): boolean {
  const text: string = paragraphTexts(doc)[0]?.toJSON() ?? ''
  return text.includes(marker)
}
