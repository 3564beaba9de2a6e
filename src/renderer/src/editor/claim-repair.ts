/**
 * Finding where a freshly tagged claim belongs after a concurrent edit dropped its mark. y-tiptap
 * stores another reviewer's Enter as delete-and-reinsert of the paragraph's tail, so a tag made
 * at the same moment on that tail lands on deleted text. The tagger remembers the quote and the
 * text around it, and re-anchors only where that leaves exactly one place: it never guesses.
 */
import type { MarkType, Node as PmNode } from '@tiptap/pm/model'
import { claimIdsIn, type PositionRange } from './claim-ranges'

/** How many characters of the paragraph on each side of the quote are remembered. */
const CONTEXT_LENGTH = 32
/** Stands in for an inline node that is not text (a line break), so offsets stay positions. */
const INLINE_LEAF = '\uFFFC'

/** What a reviewer's own fresh claim looked like when it was tagged. */
export interface FreshClaim {
  readonly id: string
  /** The tagged text, within one paragraph. */
  readonly quote: string
  /** Up to CONTEXT_LENGTH characters of the paragraph just before the quote. */
  readonly before: string
  /** Up to CONTEXT_LENGTH characters of the paragraph just after the quote. */
  readonly after: string
}

/**
 * The claim `id` tagged over `from..to`, or null when the range spans paragraphs: such a claim
 * is not remembered (a split that moves part of it leaves the other part anchored anyway).
 */
export function freshClaimAt(doc: PmNode, from: number, to: number, id: string): FreshClaim | null {
  const $from = doc.resolve(from)
  if (!$from.parent.inlineContent || !$from.sameParent(doc.resolve(to))) return null
  const text = blockText($from.parent)
  const start = $from.parentOffset
  const end = start + (to - from)
  return {
    id,
    quote: text.slice(start, end),
    before: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    after: text.slice(end, end + CONTEXT_LENGTH)
  }
}

/** True when some text in `doc` carries the claim `id`; stops at the first. */
export function hasClaimMark(doc: PmNode, markType: MarkType, id: string): boolean {
  let found = false
  doc.descendants((node) => {
    if (found) return false
    if (!node.isText) return true
    found = claimIdsIn(node.marks, markType).includes(id)
    return false
  })
  return found
}

/**
 * Where to re-apply the mark of `claim`: the quote's only occurrence in the document, or else
 * its only occurrence whose surroundings agree with the remembered context. Null when the claim
 * still has a mark, or when there is no such single place.
 */
export function findRepairRange(
  doc: PmNode,
  markType: MarkType,
  claim: FreshClaim
): PositionRange | null {
  if (claim.quote.length === 0 || hasClaimMark(doc, markType, claim.id)) return null
  const candidates = occurrences(doc, claim.quote)
  const chosen =
    candidates.length === 1
      ? candidates
      : candidates.filter((candidate) => contextAgrees(candidate, claim))
  const only = chosen.length === 1 ? chosen[0] : undefined
  return only ? { from: only.from, to: only.from + claim.quote.length } : null
}

/** One occurrence of the quote: its position, and its paragraph's text and offset in it. */
interface Occurrence {
  readonly from: number
  readonly text: string
  readonly offset: number
}

function occurrences(doc: PmNode, quote: string): Occurrence[] {
  const found: Occurrence[] = []
  doc.descendants((node, pos) => {
    if (!node.inlineContent) return true
    const text = blockText(node)
    // Overlapping occurrences count too ("aa" twice in "aaa"): each is a place it could be.
    for (let offset = text.indexOf(quote); offset >= 0; offset = text.indexOf(quote, offset + 1)) {
      found.push({ from: pos + 1 + offset, text, offset })
    }
    return false
  })
  return found
}

/**
 * A split only cuts the context short, so the text around an occurrence agrees with the
 * remembered context when it is that context, or a part of it cut at the paragraph's edge.
 */
function contextAgrees({ text, offset }: Occurrence, claim: FreshClaim): boolean {
  const end = offset + claim.quote.length
  const before = text.slice(Math.max(0, offset - claim.before.length), offset)
  const after = text.slice(end, end + claim.after.length)
  return claim.before.endsWith(before) && claim.after.startsWith(after)
}

/** A paragraph's content as a string whose indices are offsets inside the paragraph. */
function blockText(block: PmNode): string {
  let text = ''
  block.forEach((child) => {
    text += child.isText ? (child.text ?? '') : INLINE_LEAF.repeat(child.nodeSize)
  })
  return text
}
