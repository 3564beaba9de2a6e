/** Markdown export: the briefing with a footnote per claim, the draft banner, and the review summary. */
import type { LibrarySource } from '../claims/source-library'
import { verdictLabel } from '../claims/verdict'
import { translator, type Translator } from '../i18n/translator'
import {
  claimEnds,
  exportLocale,
  numberedClaims,
  shownBlocks,
  sourceFinder,
  type ExportBlock,
  type ExportInput,
  type NumberedClaim
} from './export-input'
import { draftBanner, openChecks } from './open-checks'
import { changeSentence, displayTime, exportedSentence, reviewSummary } from './review-summary'

/** The briefing as Markdown with footnotes (claim, status, sources with URLs). */
export function exportMarkdown(input: ExportInput): string {
  // Catalogue words hold no Markdown syntax (export-text.test.ts): only values are escaped.
  const tr = translator(exportLocale(input))
  const numbered = numberedClaims(input)
  const numbers = new Map(numbered.map((n) => [n.claim.id, n.number]))
  const blocks = shownBlocks(input)
  const ends = claimEnds(blocks)
  const lines = [
    `# ${escapeInline(input.title)}`,
    '',
    ...gateLines(input, tr),
    ...exportedLine(input, tr)
  ]
  blocks.forEach((block, index) => {
    lines.push(blockMarkdown(block, ends[index] ?? [], numbers), '')
  })
  if (numbered.length > 0) {
    const sourcesOf = sourceFinder(input.library)
    lines.push(`## ${tr.t('exportText.claims.heading')}`, '')
    for (const claim of numbered)
      lines.push(...footnote(claim, sourcesOf(claim.claim.sourceIds), tr), '')
  }
  lines.push(...summaryLines(input, tr))
  return `${lines.join('\n').trimEnd()}\n`
}

function gateLines(input: ExportInput, tr: Translator): string[] {
  const checks = openChecks(input, tr)
  if (checks.length === 0) return []
  return [
    `> **${draftBanner(checks, tr)}**`,
    '>',
    ...checks.map((check) => `> - ${escapeInline(check.message)}`),
    ''
  ]
}

function exportedLine(input: ExportInput, tr: Translator): string[] {
  return [`_${escapeInline(exportedSentence(input, tr))}_`, '']
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

function footnote(
  numbered: NumberedClaim,
  sources: readonly LibrarySource[],
  tr: Translator
): string[] {
  const { claim } = numbered
  const head = {
    verdict: `**${verdictLabel(numbered.verdict, tr)}**`,
    statement: escapeInline(claim.statement)
  }
  const links = sources.map((s) => `[${escapeInline(s.name)}](<${s.url}>)`).join('; ')
  const lines = [
    `[^${numbered.number}]: ${tr.t(numbered.detached ? 'exportText.claims.detachedFootnote' : 'exportText.claims.footnote', head)}`,
    ...(claim.quote === claim.statement
      ? []
      : [`    ${tr.t('exportText.claims.quote', { quote: escapeInline(claim.quote) })}`]),
    sources.length === 0
      ? `    ${tr.t('exportText.claims.noSources')}`
      : `    ${tr.t('exportText.claims.sources', { sources: links })}`
  ]
  if (claim.assignee)
    lines.push(`    ${tr.t('exportText.claims.assignee', { name: escapeInline(claim.assignee) })}`)
  for (const comment of numbered.comments) {
    const reply = comment.parentId === null ? '' : '↳ '
    const said = tr.t('exportText.claims.comment', {
      author: escapeInline(comment.author),
      time: escapeInline(displayTime(comment.createdAt, tr)),
      text: escapeInline(comment.text)
    })
    lines.push(`    ${reply}${said}`)
  }
  // Footnote continuation lines need a blank-free block; join with a hard break.
  return lines.map((line, index) => (index < lines.length - 1 ? `${line}  ` : line))
}

function summaryLines(input: ExportInput, tr: Translator): string[] {
  const summary = reviewSummary(input, tr)
  const lines = [
    `## ${tr.t('exportText.summary.heading')}`,
    '',
    `| ${tr.t('exportText.summary.status')} | ${tr.t('exportText.summary.claims')} |`,
    '| --- | ---: |'
  ]
  for (const row of summary.counts) lines.push(`| ${row.label} | ${row.count} |`)
  lines.push(`| **${tr.t('exportText.summary.total')}** | **${summary.total}** |`, '')
  const names = summary.reviewers.map(escapeInline).join(', ')
  lines.push(
    names
      ? tr.t('exportText.summary.reviewedBy', { names })
      : tr.t('exportText.summary.reviewedByNobody'),
    '',
    `### ${tr.t('exportText.summary.historyHeading')}`,
    ''
  )
  for (const { numbered, history, verdict, checkedBy } of summary.claims) {
    const claimLine = { number: numbered.number, verdict: verdictLabel(verdict, tr) }
    lines.push(`- ${tr.t('exportText.summary.claimLine', claimLine)}`)
    if (checkedBy !== undefined) lines.push(`  - ${escapeInline(checkedBy)}`)
    if (history.length === 0) lines.push(`  - ${tr.t('exportText.summary.noChanges')}`)
    for (const line of history) lines.push(`  - ${changeSentence(line, tr, escapeInline)}`)
  }
  lines.push('', `### ${tr.t('exportText.summary.sourcesHeading')}`, '')
  if (input.library.length === 0) lines.push(tr.t('exportText.summary.noSources'))
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
