/** Turns the text of a briefing (plain text or Markdown) into blocks and a source library. */
import type { Briefing, BriefingBlock, RejectedSourceLine, SourceEntry } from './briefing'
import { english } from './i18n/translator'
import { parseSourceLine } from './source-line'

const SOURCES_HEADING =
  /^\s*(?:#{1,6}\s*)?(?:\*\*|__)?\s*(quellen|sources)\s*:?\s*(?:\*\*|__)?\s*:?\s*$/i
const MARKDOWN_HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/

/** Index of the line that opens the sources section, or -1. The last such heading wins. */
function findSourcesHeading(lines: readonly string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (SOURCES_HEADING.test(lines[i] ?? '')) return i
  }
  return -1
}

function headingBlock(match: RegExpExecArray): BriefingBlock {
  const level = Math.min(3, match[1]?.length ?? 1) as 1 | 2 | 3
  return { kind: 'heading', level, text: match[2] ?? '' }
}

/**
 * Body lines to blocks. A briefing without blank lines has one paragraph per
 * line (as newsroom briefings are written); once blank lines appear, they
 * separate paragraphs and wrapped lines are joined, as in Markdown.
 */
function parseBody(lines: readonly string[]): BriefingBlock[] {
  const blankSeparated = lines.some(
    (line, i) => line.trim() === '' && i > 0 && i < lines.length - 1
  )
  const blocks: BriefingBlock[] = []
  let pending: string[] = []
  const flush = (): void => {
    if (pending.length > 0) blocks.push({ kind: 'paragraph', text: pending.join(' ') })
    pending = []
  }
  for (const raw of lines) {
    const line = raw.trim()
    const heading = MARKDOWN_HEADING.exec(line)
    if (line === '' || heading) {
      flush()
      if (heading) blocks.push(headingBlock(heading))
      continue
    }
    pending.push(line.replace(/\s+/g, ' '))
    if (!blankSeparated) flush()
  }
  flush()
  return blocks
}

function parseSources(
  lines: readonly string[],
  firstLineNumber: number
): { sources: SourceEntry[]; rejected: RejectedSourceLine[] } {
  const sources: SourceEntry[] = []
  const rejected: RejectedSourceLine[] = []
  const seen = new Set<string>()
  lines.forEach((text, index) => {
    if (text.trim() === '') return
    const result = parseSourceLine(text)
    if (!result.ok) {
      rejected.push({
        line: firstLineNumber + index,
        text: text.trim(),
        reason: english.text(result.reason),
        reasonMessage: result.reason
      })
    } else if (!seen.has(result.source.url)) {
      seen.add(result.source.url)
      sources.push(result.source)
    }
  })
  return { sources, rejected }
}

/** Parses a briefing: paragraphs, then an optional `Quellen`/`Sources` section. */
export function parseBriefing(text: string): Briefing {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  const headingIndex = findSourcesHeading(lines)
  if (headingIndex < 0) return { blocks: parseBody(lines), sources: [], rejected: [] }
  const { sources, rejected } = parseSources(lines.slice(headingIndex + 1), headingIndex + 2)
  return { blocks: parseBody(lines.slice(0, headingIndex)), sources, rejected }
}
