/** Finding claim marks in a ProseMirror document: by id, around a position, outside a range. */
import type { Mark, MarkType, Node as PmNode } from '@tiptap/pm/model'

/** A span of document positions. */
export interface PositionRange {
  readonly from: number
  readonly to: number
}

/** The id a claim mark carries, or null when the mark is not a claim of `markType`. */
export function claimIdOf(mark: Mark, markType: MarkType): string | null {
  if (mark.type !== markType) return null
  const id: unknown = mark.attrs['id']
  return typeof id === 'string' && id.length > 0 ? id : null
}

/** Ids of the claims among `marks`. */
export function claimIdsIn(marks: readonly Mark[], markType: MarkType): string[] {
  return marks.flatMap((mark) => claimIdOf(mark, markType) ?? [])
}

/**
 * From the first to the last character carrying the claim, or null when no text does (detached).
 * A claim split across paragraphs (Enter inside it) is revealed as one range over both halves.
 */
export function claimRange(doc: PmNode, markType: MarkType, claimId: string): PositionRange | null {
  let from = -1
  let to = -1
  doc.descendants((node, pos) => {
    if (!node.isText) return true
    if (claimIdsIn(node.marks, markType).includes(claimId)) {
      if (from < 0) from = pos
      to = pos + node.nodeSize
    }
    return false
  })
  return from < 0 ? null : { from, to }
}

/**
 * Of the claims `candidates` around `pos`, the innermost one: the one whose unbroken run of
 * text around `pos` in its paragraph is shortest (ties go to the smaller id, so every reviewer
 * opens the same one). DOM nesting alone cannot say this: mark order on text is not stable.
 */
export function innermostClaimId(
  doc: PmNode,
  pos: number,
  candidates: readonly string[],
  markType: MarkType
): string | null {
  const $pos = doc.resolve(pos)
  const block = $pos.parent
  if (!block.inlineContent) return candidates[0] ?? null
  const offset = $pos.parentOffset
  let best: { id: string; length: number } | null = null
  for (const id of candidates) {
    const length = runLengthAround(block, offset, id, markType)
    if (length === null) continue
    if (!best || length < best.length || (length === best.length && id < best.id)) {
      best = { id, length }
    }
  }
  return best?.id ?? candidates[0] ?? null
}

/** The length of the unbroken run of children carrying claim `id` that touches `offset`, or null. */
function runLengthAround(
  block: PmNode,
  offset: number,
  id: string,
  markType: MarkType
): number | null {
  const runs: PositionRange[] = []
  block.forEach((child, childOffset) => {
    if (!claimIdsIn(child.marks, markType).includes(id)) return
    const last = runs[runs.length - 1]
    const end = childOffset + child.nodeSize
    if (last && last.to === childOffset) runs[runs.length - 1] = { from: last.from, to: end }
    else runs.push({ from: childOffset, to: end })
  })
  const run = runs.find((candidate) => candidate.from <= offset && offset <= candidate.to)
  return run ? run.to - run.from : null
}

/** True when the range holds at least one non-whitespace character; stops at the first one. */
export function hasTextBetween(doc: PmNode, from: number, to: number): boolean {
  if (from >= to) return false
  let found = false
  doc.nodesBetween(from, to, (node, pos) => {
    if (found) return false
    if (!node.isText || !node.text) return true
    const start = Math.max(from, pos) - pos
    const end = Math.min(to, pos + node.nodeSize) - pos
    found = /\S/.test(node.text.slice(start, end))
    return false
  })
  return found
}

/**
 * Ids of the claims anchored on some text outside `[from, to)`. Text inside the range is about
 * to be replaced (a paste over a selection, a drag that moves it), so it does not count.
 */
export function claimIdsOutside(
  doc: PmNode,
  markType: MarkType,
  excluded: PositionRange
): Set<string> {
  const ids = new Set<string>()
  doc.descendants((node, pos) => {
    if (!node.isText) return true
    const end = pos + node.nodeSize
    const inside = pos >= excluded.from && end <= excluded.to
    if (!inside) claimIdsIn(node.marks, markType).forEach((id) => ids.add(id))
    return false
  })
  return ids
}
