/** Markdown export: the briefing with a footnote per claim, the draft banner, and the review summary. */
import type { LibrarySource } from '../claims/source-library'
import { verdictLabel } from '../claims/verdict'
import {
  claimEnds,
  numberedClaims,
  shownBlocks,
  sourceFinder,
  type ExportBlock,
  type ExportInput,
  type NumberedClaim
} from './export-input'
import { draftBanner, openChecks } from './open-checks'
import { displayTime, reviewSummary } from './review-summary'

/** The briefing as Markdown with footnotes (claim, status, sources with URLs). */
export function exportMarkdown(input: ExportInput): string {
  const numbered = numberedClaims(input)
  const numbers = new Map(numbered.map((n) => [n.claim.id, n.number]))
  const blocks = shownBlocks(input)
  const ends = claimEnds(blocks)
  const lines = [`# ${escapeInline(input.title)}`, '', ...gateLines(input), ...exportedLine(input)]
  blocks.forEach((block, index) => {
    lines.push(blockMarkdown(block, ends[index] ?? [], numbers), '')
  })
  if (numbered.length > 0) {
    const sourcesOf = sourceFinder(input.library)
    lines.push('## Claims', '')
    for (const claim of numbered)
      lines.push(...footnote(claim, sourcesOf(claim.claim.sourceIds)), '')
  }
  lines.push(...summaryLines(input))
  return `${lines.join('\n').trimEnd()}\n`
}

function gateLines(input: ExportInput): string[] {
  const checks = openChecks(input)
  if (checks.length === 0) return []
  return [
    `> **${draftBanner(checks)}**`,
    '>',
    ...checks.map((check) => `> - ${escapeInline(check.message)}`),
    ''
  ]
}

function exportedLine(input: ExportInput): string[] {
  const version = input.appVersion ? ` ${escapeInline(input.appVersion)}` : ''
  return [
    `_Exported from room ${escapeInline(input.room)} on ${displayTime(input.exportedAt)} by Claimdesk${version}._`,
    ''
  ]
}

function blockMarkdown(
  block: ExportBlock,
  ends: readonly string[][],
  numbers: ReadonlyMap<string, number>
): string {
  const body = block.runs
    .map((run, index) => {
      const marks = (ends[index] ?? []).map((id) => `[^${numbers.get(id) ?? 0}]`).join('')
      return escapeInline(run.text) + marks
    })
    .join('')
  if (block.kind === 'heading') return `${'#'.repeat((block.level ?? 1) + 1)} ${body}`
  return escapeBlockStart(body)
}

function footnote(numbered: NumberedClaim, sources: readonly LibrarySource[]): string[] {
  const { claim } = numbered
  const detached = numbered.detached ? ' (detached: its text is no longer in the briefing)' : ''
  const lines = [
    `[^${numbered.number}]: **${verdictLabel(numbered.verdict)}**: ${escapeInline(claim.statement)}${detached}`,
    ...(claim.quote === claim.statement ? [] : [`    Quote: “${escapeInline(claim.quote)}”`]),
    sources.length === 0
      ? '    Sources: none.'
      : `    Sources: ${sources.map((s) => `[${escapeInline(s.name)}](<${s.url}>)`).join('; ')}`
  ]
  if (claim.assignee) lines.push(`    Assignee: ${escapeInline(claim.assignee)}`)
  for (const comment of numbered.comments) {
    const reply = comment.parentId === null ? '' : '↳ '
    lines.push(
      `    ${reply}Comment by ${escapeInline(comment.author)}, ${displayTime(comment.createdAt)}: ${escapeInline(comment.text)}`
    )
  }
  // Footnote continuation lines need a blank-free block; join with a hard break.
  return lines.map((line, index) => (index < lines.length - 1 ? `${line}  ` : line))
}

function summaryLines(input: ExportInput): string[] {
  const summary = reviewSummary(input)
  const lines = ['## Review summary', '', '| Status | Claims |', '| --- | ---: |']
  for (const row of summary.counts) lines.push(`| ${row.label} | ${row.count} |`)
  lines.push(`| **Total** | **${summary.total}** |`, '')
  const who = summary.reviewers.map(escapeInline).join(', ') || 'nobody yet'
  lines.push(`Reviewed by: ${who}.`, '', '### Status history', '')
  for (const { numbered, history, verdict, checkedBy } of summary.claims) {
    lines.push(`- Claim ${numbered.number}: ${verdictLabel(verdict)}`)
    if (checkedBy !== undefined) lines.push(`  - ${escapeInline(checkedBy)}`)
    if (history.length === 0) lines.push('  - No status changes yet.')
    for (const line of history) {
      const note = line.note === undefined ? '' : `: “${escapeInline(line.note)}”`
      lines.push(`  - ${line.at}, ${escapeInline(line.author)}: ${line.from} → ${line.to}${note}`)
    }
  }
  lines.push('', '### Sources', '')
  if (input.library.length === 0) lines.push('No sources.')
  for (const source of input.library) {
    lines.push(`- [${escapeInline(source.name)}](<${source.url}>)`)
  }
  return lines
}

/** Briefing text as literal Markdown: every character Markdown could read as syntax is escaped. */
export function escapeInline(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_{}[\]<>#|~&]/g, '\\$&')
}

function escapeBlockStart(text: string): string {
  // A paragraph that starts like a list item, a rule or a numbered item must stay a paragraph.
  return text.replace(/^(\s*)([-=+])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2')
}
