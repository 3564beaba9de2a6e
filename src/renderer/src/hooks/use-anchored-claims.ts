/** Which claims are still in the text, found by a debounced walk of the document. */
import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { observeAnchors, type AnchorSnapshot } from '../../../collab/claims/anchor-watch'

/** How long the text must be quiet before it is walked again. */
export const ANCHOR_WALK_DELAY_MS = 300

/** The latest walk of the text; null only before the first one. */
export function useAnchoredClaims(doc: Y.Doc): AnchorSnapshot | null {
  const [snapshot, setSnapshot] = useState<AnchorSnapshot | null>(null)
  useEffect(
    () =>
      observeAnchors(
        doc,
        // Most walks (after plain typing) find what the last one found: keep it, skip a render.
        (next) =>
          setSnapshot((current) => (current && sameSnapshot(current, next) ? current : next)),
        ANCHOR_WALK_DELAY_MS
      ),
    [doc]
  )
  return snapshot
}

function sameSnapshot(a: AnchorSnapshot, b: AnchorSnapshot): boolean {
  return (
    a.anchored.length === b.anchored.length &&
    a.anchored.every((id, index) => b.anchored[index] === id) &&
    a.checked.size === b.checked.size &&
    [...a.checked].every((id) => b.checked.has(id))
  )
}
