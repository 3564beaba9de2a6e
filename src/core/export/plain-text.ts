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

/** Length in code points. */
export function codePointLength(text: string): number {
  return Array.from(text).length
}

/** Code points `start` to `end` of `text`. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('')
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
