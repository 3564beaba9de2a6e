/**
 * Re-anchoring imported annotations in a room's normalised plain text (plain-text.ts): the
 * position selector wins when the text there still matches the quote; otherwise the quote is
 * searched for and prefix and suffix pick between repeats; otherwise the annotation is reported.
 */
import { codePointLength, sliceCodePoints } from './plain-text'

/** What anchoring needs from an annotation. */
export interface AnchorableAnnotation {
  readonly quote: { readonly exact: string; readonly prefix?: string; readonly suffix?: string }
  readonly position?: { readonly start: number; readonly end: number }
}

/** Annotations placed in the text (code point offsets) and the ones that could not be. */
export interface AnchorReport<A> {
  readonly anchored: { readonly annotation: A; readonly start: number; readonly end: number }[]
  readonly unanchored: { readonly annotation: A; readonly reason: string }[]
}

/** Places each annotation in `plainText`, or says why it cannot. */
export function anchorAnnotations<A extends AnchorableAnnotation>(
  plainText: string,
  annotations: readonly A[]
): AnchorReport<A> {
  const text = plainText.normalize('NFC')
  const report: AnchorReport<A> = { anchored: [], unanchored: [] }
  for (const annotation of annotations) {
    const placed = anchorOne(text, annotation)
    if (typeof placed === 'string') report.unanchored.push({ annotation, reason: placed })
    else report.anchored.push({ annotation, ...placed })
  }
  return report
}

function anchorOne(
  text: string,
  annotation: AnchorableAnnotation
): { start: number; end: number } | string {
  const exact = annotation.quote.exact
  const position = annotation.position
  if (position && sliceCodePoints(text, position.start, position.end) === exact) {
    return { start: position.start, end: position.end }
  }
  const matches = occurrences(text, exact)
  if (matches.length === 0) return `The quoted text “${shorten(exact)}” is not in this briefing.`
  const length = codePointLength(exact)
  const best = matches
    .map((start) => ({ start, score: contextScore(text, start, start + length, annotation) }))
    .reduce((a, b) => (better(b, a, position?.start) ? b : a))
  return { start: best.start, end: best.start + length }
}

/** Code point offsets where `needle` starts in `text`. */
function occurrences(text: string, needle: string): number[] {
  const found: number[] = []
  let at = text.indexOf(needle)
  while (at !== -1) {
    found.push(codePointLength(text.slice(0, at)))
    at = text.indexOf(needle, at + 1)
  }
  return found
}

/** How many code points of prefix and suffix agree with the text around a match. */
function contextScore(
  text: string,
  start: number,
  end: number,
  annotation: AnchorableAnnotation
): number {
  const prefix = Array.from(annotation.quote.prefix ?? '')
  const suffix = Array.from(annotation.quote.suffix ?? '')
  const before = Array.from(sliceCodePoints(text, Math.max(0, start - prefix.length), start))
  const after = Array.from(sliceCodePoints(text, end, end + suffix.length))
  let score = 0
  for (let i = 1; i <= Math.min(prefix.length, before.length); i++) {
    if (prefix[prefix.length - i] !== before[before.length - i]) break
    score += 1
  }
  for (let i = 0; i < Math.min(suffix.length, after.length); i++) {
    if (suffix[i] !== after[i]) break
    score += 1
  }
  return score
}

function better(
  a: { start: number; score: number },
  b: { start: number; score: number },
  hint: number | undefined
): boolean {
  if (a.score !== b.score) return a.score > b.score
  if (hint === undefined) return false
  return Math.abs(a.start - hint) < Math.abs(b.start - hint)
}

function shorten(text: string): string {
  const chars = Array.from(text)
  return chars.length > 60 ? `${chars.slice(0, 59).join('')}…` : text
}
