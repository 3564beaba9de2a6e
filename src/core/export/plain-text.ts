/**
 * The normalised plain text that Web Annotation selectors count in. Definition: take the blocks
 * that hold any text, in order; each block's text is its runs concatenated, each run normalised
 * to Unicode NFC on its own; blocks are joined by "\n\n". Offsets count Unicode code points, not
 * UTF-16 units, so an emoji is one position as the selector specification requires.
 */
import { textBlocks, type ExportInput } from './export-input'

/** Where one run sits in the normalised text, in code points. */
export interface RunSpan {
  readonly blockIndex: number
  readonly runIndex: number
  readonly start: number
  readonly end: number
}

/** The normalised text and where each claim's marked text starts and ends. */
export interface NormalisedText {
  readonly text: string
  /** Code point length of `text`. */
  readonly length: number
  /** From the first covered code point to just after the last, per claim id. */
  readonly claimRanges: ReadonlyMap<string, { readonly start: number; readonly end: number }>
}

/** The separator between blocks in the normalised text. */
export const BLOCK_SEPARATOR = '\n\n'

/** Length in code points; a lone surrogate counts as one, as string iteration does. */
export function codePointLength(text: string): number {
  let pairs = 0
  for (let i = 0; i < text.length - 1; i++) {
    if (isPairAt(text, i)) {
      pairs += 1
      i += 1
    }
  }
  return text.length - pairs
}

/** Code points `start` to `end` of `text`, with Array.prototype.slice's reading of the bounds. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return codePointIndex(text).slice(start, end)
}

/**
 * A string with its code point offsets mapped to UTF-16 indexes and back, built in one pass so
 * that slicing a long text many times costs only the slices.
 */
export interface CodePointIndex {
  readonly text: string
  /** Length in code points. */
  readonly length: number
  /** Code points `start` to `end`, bounds read as Array.prototype.slice reads them. */
  slice(start: number, end: number): string
  /** Code point `point` as a string of one or two UTF-16 units, or '' outside the text. */
  at(point: number): string
  /** Code points in `text.slice(0, unit)`; a pair cut in half counts its first half as one. */
  pointsBefore(unit: number): number
}

/** Indexes `text` for repeated code point slicing and offset conversion. */
export function codePointIndex(text: string): CodePointIndex {
  // unitOf[p] is where code point p starts; pointOf[u] counts the code points before unit u.
  const unitOf = new Uint32Array(text.length + 1)
  const pointOf = new Uint32Array(text.length + 1)
  let points = 0
  for (let unit = 0; unit < text.length; unit++) {
    unitOf[points] = unit
    pointOf[unit] = points
    if (isPairAt(text, unit)) pointOf[++unit] = points + 1
    points += 1
  }
  unitOf[points] = text.length
  pointOf[text.length] = points
  const bound = (value: number): number => relativeIndex(value, points)
  return {
    text,
    length: points,
    slice: (start, end) => {
      const from = bound(start)
      const to = bound(end)
      return to > from ? text.slice(unitOf[from], unitOf[to]) : ''
    },
    at: (point) =>
      point >= 0 && point < points ? text.slice(unitOf[point], unitOf[point + 1]) : '',
    pointsBefore: (unit) => pointOf[Math.max(0, Math.min(unit, text.length))] ?? 0
  }
}

function isPairAt(text: string, unit: number): boolean {
  const code = text.charCodeAt(unit)
  if (code < 0xd800 || code > 0xdbff) return false
  const next = text.charCodeAt(unit + 1)
  return next >= 0xdc00 && next <= 0xdfff
}

/** An index clamped to 0…length, negative ones counted from the end, as Array slice does. */
function relativeIndex(value: number, length: number): number {
  const integer = Number.isNaN(value) ? 0 : Math.trunc(value)
  return integer < 0 ? Math.max(length + integer, 0) : Math.min(integer, length)
}

/** The normalised text of an export (see the module header) and each claim's range in it. */
export function normalisedText(input: ExportInput): NormalisedText {
  const parts: string[] = []
  const claimRanges = new Map<string, { start: number; end: number }>()
  let offset = 0
  textBlocks(input).forEach((block, index) => {
    if (index > 0) {
      parts.push(BLOCK_SEPARATOR)
      offset += codePointLength(BLOCK_SEPARATOR)
    }
    for (const run of block.runs) {
      const text = run.text.normalize('NFC')
      const end = offset + codePointLength(text)
      for (const id of run.claimIds) {
        const range = claimRanges.get(id)
        claimRanges.set(id, { start: range?.start ?? offset, end })
      }
      parts.push(text)
      offset = end
    }
  })
  return { text: parts.join(''), length: offset, claimRanges }
}
