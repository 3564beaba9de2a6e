/** How big a room is, in the terms versions are listed by: characters of text and claims. */
import * as Y from 'yjs'
import { documentFragment } from './briefing-doc'
import { claimsMap } from './claims/claims-doc'

/** Characters in the briefing's text (embeds count one each, formatting none). */
export function textLengthOf(doc: Y.Doc): number {
  let length = 0
  const walk = (node: Y.XmlFragment | Y.XmlElement): void => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlText) length += child.length
      else if (child instanceof Y.XmlElement) walk(child)
    }
  }
  walk(documentFragment(doc))
  return length
}

/** Number of claims in the room. */
export function claimCountOf(doc: Y.Doc): number {
  return claimsMap(doc).size
}
