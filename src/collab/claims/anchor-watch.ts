/**
 * Watching which claims are still anchored in the text. Finding out walks the whole document,
 * so it runs once things have been quiet for a moment, never on every keystroke.
 */
import type * as Y from 'yjs'
import { documentFragment } from '../briefing-doc'
import { anchoredClaimIds } from './anchored-claims'
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

/** Walks the text now. */
export function readAnchorSnapshot(doc: Y.Doc): AnchorSnapshot {
  return {
    anchored: [...anchoredClaimIds(documentFragment(doc))],
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
  let timer: ReturnType<typeof setTimeout> | undefined
  const handleChange = (): void => {
    clearTimeout(timer)
    timer = setTimeout(() => onSnapshot(readAnchorSnapshot(doc)), delayMs)
  }
  fragment.observeDeep(handleChange)
  claims.observe(handleChange)
  onSnapshot(readAnchorSnapshot(doc))
  return () => {
    clearTimeout(timer)
    fragment.unobserveDeep(handleChange)
    claims.unobserve(handleChange)
  }
}
