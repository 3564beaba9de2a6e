/**
 * Re-anchoring imported annotations in a room's normalised plain text (plain-text.ts): the
 * position selector wins when the text there still matches the quote; otherwise the quote is
 * searched for and prefix and suffix pick between repeats; otherwise the annotation is reported.
 */
import { codePointIndex, codePointLength, type CodePointIndex } from './plain-text'

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
  const text = codePointIndex(plainText.normalize('NFC'))
  const report: AnchorReport<A> = { anchored: [], unanchored: [] }
  for (const annotation of annotations) {
    const placed = anchorOne(text, annotation)
    if (typeof placed === 'string') report.unanchored.push({ annotation, reason: placed })
    else report.anchored.push({ annotation, ...placed })
  }
  return report
}

function anchorOne(
  text: CodePointIndex,
  annotation: AnchorableAnnotation
): { start: number; end: number } | string {
  const exact = annotation.quote.exact
  const position = annotation.position
  if (position && text.slice(position.start, position.end) === exact) {
    return { start: position.start, end: position.end }
  }
  const matches = occurrences(text, exact)
  if (matches.length === 0) return `The quoted text “${shorten(exact)}” is not in this briefing.`
  const length = codePointLength(exact)
  const context = quoteContext(annotation)
  const best = matches
    .map((start) => ({ start, score: contextScore(text, start, start + length, context) }))
    .reduce((a, b) => (better(b, a, position?.start) ? b : a))
  return { start: best.start, end: best.start + length }
}

/** Code point offsets where `needle` starts in `text`. */
function occurrences(text: CodePointIndex, needle: string): number[] {
  const found: number[] = []
  let at = text.text.indexOf(needle)
  while (at !== -1) {
    found.push(text.pointsBefore(at))
    at = text.text.indexOf(needle, at + 1)
  }
  return found
}

/** A quote's prefix and suffix as code points: split once per annotation, not per match. */
interface QuoteContext {
  readonly prefix: readonly string[]
  readonly suffix: readonly string[]
}

function quoteContext(annotation: AnchorableAnnotation): QuoteContext {
  return {
    prefix: Array.from(annotation.quote.prefix ?? ''),
    suffix: Array.from(annotation.quote.suffix ?? '')
  }
}

/** How many code points of prefix and suffix agree with the text around a match. */
function contextScore(
  text: CodePointIndex,
  start: number,
  end: number,
  { prefix, suffix }: QuoteContext
): number {
  let score = 0
  for (let i = 1; i <= prefix.length && start - i >= 0; i++) {
    if (prefix[prefix.length - i] !== text.at(start - i)) break
    score += 1
  }
  for (let i = 0; i < suffix.length && end + i < text.length; i++) {
    if (suffix[i] !== text.at(end + i)) break
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
