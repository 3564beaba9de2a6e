/**
 * Pasting annotated text must not duplicate claim ids: a pasted copy of claimed text is new,
 * unreviewed text, so it loses the marks of claims still anchored elsewhere. A claim whose text
 * is gone from the document (cut, then paste: a move) keeps its mark.
 */
import { Fragment, Slice } from '@tiptap/pm/model'
import type { MarkType, Node as PmNode } from '@tiptap/pm/model'
import type { EditorView } from '@tiptap/pm/view'
import { claimIdOf, claimIdsOutside, type PositionRange } from './claim-ranges'

/** `slice` without the claim marks whose id is in `anchoredIds`. */
export function withoutAnchoredClaims(
  slice: Slice,
  markType: MarkType,
  anchoredIds: ReadonlySet<string>
): Slice {
  if (anchoredIds.size === 0) return slice
  const isDuplicate = (id: string | null): boolean => id !== null && anchoredIds.has(id)
  const stripNode = (node: PmNode): PmNode => {
    if (node.isText) {
      const marks = node.marks.filter((mark) => !isDuplicate(claimIdOf(mark, markType)))
      return marks.length === node.marks.length ? node : node.mark(marks)
    }
    return node.copy(stripFragment(node.content))
  }
  const stripFragment = (fragment: Fragment): Fragment => {
    const children: PmNode[] = []
    fragment.forEach((child) => children.push(stripNode(child)))
    return Fragment.fromArray(children)
  }
  return new Slice(stripFragment(slice.content), slice.openStart, slice.openEnd)
}

/**
 * The range a paste or drop is about to remove: the selection, which a paste replaces and a
 * moving drag deletes. A drag that copies removes nothing.
 */
export function rangeReplacedBy(view: EditorView): PositionRange {
  const { from, to } = view.state.selection
  if (view.dragging && !view.dragging.move) return { from, to: from }
  return { from, to }
}

/** ProseMirror's `transformPasted` for claim marks of `markType`. */
export function filterPastedClaims(slice: Slice, view: EditorView, markType: MarkType): Slice {
  const anchored = claimIdsOutside(view.state.doc, markType, rangeReplacedBy(view))
  return withoutAnchoredClaims(slice, markType, anchored)
}
