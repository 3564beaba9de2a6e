/**
 * Re-anchoring imported annotations in a room's normalised plain text (plain-text.ts): the
 * position selector wins when the text there still matches the quote; otherwise the quote is
 * looked up with as much of its prefix and suffix as the text still has around it, and the
 * repeat nearest the old position breaks ties; otherwise the annotation is reported.
 *
 * Lookups go through an index of the text (text-gram-index.ts), not a scan per annotation, and
 * the work comes in steps (`anchorSteps`) so that a server can spread a large import over
 * several turns of its event loop.
 */
import { codePointIndex, type CodePointIndex } from './plain-text'
import type { GramIndex } from './text-gram-index'
import { GRAM, buildGramIndex } from './text-gram-index'
import { runToEnd } from '../steps'

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

/** Context lengths tried on each side of the quote, in code points; `Infinity` is all of it. */
const CONTEXT_STEPS = [Number.POSITIVE_INFINITY, 32, 8, 2, 0]
/** Repeats of one window looked at to pick the one nearest the old position. */
const MAX_REPEATS = 64
/** Annotations placed between two steps of `anchorSteps`. */
const STEP_ANNOTATIONS = 100

/** Places each annotation in `plainText`, or says why it cannot. */
export function anchorAnnotations<A extends AnchorableAnnotation>(
  plainText: string,
  annotations: readonly A[]
): AnchorReport<A> {
  return runToEnd(anchorSteps(plainText, annotations))
}

/** `anchorAnnotations` in steps: yields between chunks of work, returns the report. */
export function* anchorSteps<A extends AnchorableAnnotation>(
  plainText: string,
  annotations: readonly A[]
): Generator<void, AnchorReport<A>> {
  const normalised = plainText.normalize('NFC')
  const text = codePointIndex(normalised)
  yield
  // Built on first need: an import whose positions all still match never searches.
  let index: GramIndex | undefined
  const report: AnchorReport<A> = { anchored: [], unanchored: [] }
  for (const [count, annotation] of annotations.entries()) {
    let placed: { start: number; end: number } | string | undefined = placedAtPosition(
      text,
      annotation
    )
    if (!placed) {
      index ??= yield* buildGramIndex(normalised)
      placed = anchorOne(text, index, annotation)
    }
    if (typeof placed === 'string') report.unanchored.push({ annotation, reason: placed })
    else report.anchored.push({ annotation, ...placed })
    if (count % STEP_ANNOTATIONS === STEP_ANNOTATIONS - 1) yield
  }
  return report
}

/** The annotation's own position, when the text there still matches its quote. */
function placedAtPosition(
  text: CodePointIndex,
  annotation: AnchorableAnnotation
): { start: number; end: number } | undefined {
  const position = annotation.position
  if (!position || text.slice(position.start, position.end) !== annotation.quote.exact) {
    return undefined
  }
  return { start: position.start, end: position.end }
}

function anchorOne(
  text: CodePointIndex,
  index: GramIndex,
  annotation: AnchorableAnnotation
): { start: number; end: number } | string {
  const exact = annotation.quote.exact
  const position = annotation.position
  const prefix = Array.from(annotation.quote.prefix ?? '')
  const suffix = Array.from(annotation.quote.suffix ?? '')
  const hint = position?.start
  for (const [before, after] of contextPairs(prefix.length, suffix.length)) {
    const head = prefix.slice(prefix.length - before).join('')
    const window = head + exact + suffix.slice(0, after).join('')
    const starts = occurrences(text.text, index, window)
    if (starts.length === 0) continue
    const points = starts.map((unit) => text.pointsBefore(unit + head.length))
    const start = nearest(points, hint)
    return { start, end: start + Array.from(exact).length }
  }
  return `The quoted text “${shorten(exact)}” is not in this briefing.`
}

/** (prefix, suffix) lengths to try, most context first; both sides before one side alone. */
function contextPairs(prefixLength: number, suffixLength: number): [number, number][] {
  const sides = (length: number): number[] => [
    ...new Set(CONTEXT_STEPS.map((step) => Math.min(step, length)))
  ]
  const pairs: [number, number][] = []
  for (const before of sides(prefixLength)) {
    for (const after of sides(suffixLength)) pairs.push([before, after])
  }
  return pairs.sort(
    (a, b) => b[0] + b[1] - (a[0] + a[1]) || Math.min(b[0], b[1]) - Math.min(a[0], a[1])
  )
}

/** UTF-16 offsets where `window` starts: through the index when it is long enough. */
function occurrences(text: string, index: GramIndex, window: string): number[] {
  if (window.length >= GRAM) return index.find(window, MAX_REPEATS)
  const found: number[] = []
  for (let at = text.indexOf(window); at !== -1 && found.length < MAX_REPEATS;) {
    found.push(at)
    at = text.indexOf(window, at + 1)
  }
  return found
}

/** The start nearest `hint`, else the first. */
function nearest(starts: readonly number[], hint: number | undefined): number {
  const first = starts[0] ?? 0
  if (hint === undefined) return first
  return starts.reduce(
    (best, start) => (Math.abs(start - hint) < Math.abs(best - hint) ? start : best),
    first
  )
}

function shorten(text: string): string {
  const chars = Array.from(text)
  return chars.length > 60 ? `${chars.slice(0, 59).join('')}…` : text
}
