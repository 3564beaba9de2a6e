/**
 * Watching which claims are still anchored in the text. Finding out walks the whole document,
 * so it runs once things have been quiet for a moment, never on every keystroke; and each walk
 * re-reads only the paragraphs' texts that changed since the last one.
 */
import * as Y from 'yjs'
import { documentFragment } from '../briefing-doc'
import { anchoredClaimIds, CLAIM_MARK_NAME, type TextClaimIdCache } from './anchored-claims'
import { claimsMap } from './claims-doc'

/** What one walk of the text found. */
export interface AnchorSnapshot {
  /** Ids of claims with a mark in the text, in document order (first mark of each). */
  readonly anchored: readonly string[]
  /**
   * Ids of the claims that existed when the text was walked. Only these can be called detached:
   * a claim tagged since then may simply not have been looked for yet.
   */
  readonly checked: ReadonlySet<string>
}

/** Walks the text now; texts found in `cache` are not read again. */
export function readAnchorSnapshot(doc: Y.Doc, cache?: TextClaimIdCache): AnchorSnapshot {
  return {
    anchored: [...anchoredClaimIds(documentFragment(doc), CLAIM_MARK_NAME, cache)],
    checked: new Set(claimsMap(doc).keys())
  }
}

/**
 * Calls `onSnapshot` now and again `delayMs` after the text or the claims stop changing;
 * returns unsubscribe.
 */
export function observeAnchors(
  doc: Y.Doc,
  onSnapshot: (snapshot: AnchorSnapshot) => void,
  delayMs = 300
): () => void {
  const fragment = documentFragment(doc)
  const claims = claimsMap(doc)
  const cache: TextClaimIdCache = new WeakMap()
  let timer: ReturnType<typeof setTimeout> | undefined
  const handleChange = (): void => {
    clearTimeout(timer)
    timer = setTimeout(() => onSnapshot(readAnchorSnapshot(doc, cache)), delayMs)
  }
  // A text's claim ids change only with its own content or formatting, always an event on it.
  const handleTextChange = (events: Y.YEvent<Y.AbstractType<unknown>>[]): void => {
    for (const event of events) if (event.target instanceof Y.XmlText) cache.delete(event.target)
    handleChange()
  }
  fragment.observeDeep(handleTextChange)
  claims.observe(handleChange)
  onSnapshot(readAnchorSnapshot(doc, cache))
  return () => {
    clearTimeout(timer)
    fragment.unobserveDeep(handleTextChange)
    claims.unobserve(handleChange)
  }
}
