/**
 * Standalone HTML export. Everything from the room is escaped as text and the page carries no
 * script at all, with a CSP that forbids one, so a briefing containing markup exports inert.
 */
import { verdictKey, verdictLabel, type ClaimVerdict } from '../claims/verdict'
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
import { exportStylesheet } from './html-styles'
import { draftBanner, openChecks } from './open-checks'
import { changeSentence, displayTime, exportedSentence, reviewSummary } from './review-summary'

/** The policy in the page itself: nothing may load or run, only the inline stylesheet applies. */
export const EXPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

/** The briefing as a standalone HTML page with status-coloured claims, footnotes and a summary. */
export function exportHtml(input: ExportInput): string {
  // Catalogue words hold no HTML syntax (export-text.test.ts): only values are escaped.
  const tr = translator(exportLocale(input))
  const numbered = numberedClaims(input)
  const blocks = shownBlocks(input)
  const ends = claimEnds(blocks)
  const byId = new Map(numbered.map((n) => [n.claim.id, n]))
  const body = [
    `<h1>${escapeHtml(input.title)}</h1>`,
    `<p class="meta">${escapeHtml(exportedSentence(input, tr))}</p>`,
    ...gate(input, tr),
    '<main>',
    ...blocks.map((block, index) => blockHtml(block, ends[index] ?? [], byId, tr)),
    '</main>',
    ...claimSections(input, numbered, tr),
    ...summarySection(input, tr)
  ]
  return [
    '<!DOCTYPE html>',
    `<html lang="${tr.locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(EXPORT_CSP)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${escapeHtml(`Claimdesk ${input.appVersion}`.trim())}">`,
    `<title>${escapeHtml(input.title)}</title>`,
    `<style>\n${exportStylesheet()}\n</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    ''
  ].join('\n')
}

function gate(input: ExportInput, tr: Translator): string[] {
  const checks = openChecks(input, tr)
  if (checks.length === 0) return []
  return [
    '<aside class="banner" role="note">',
    `<p><strong>${escapeHtml(draftBanner(checks, tr))}</strong></p>`,
    '<ul>',
    ...checks.map((check) => `<li>${escapeHtml(check.message)}</li>`),
    '</ul>',
    '</aside>'
  ]
}

function blockHtml(
  block: ExportBlock,
  ends: readonly string[][],
  byId: ReadonlyMap<string, NumberedClaim>,
  tr: Translator
): string {
  const inner = block.runs
    .map((run, index) => {
      let html = escapeHtml(run.text)
      // Innermost claim last in the list, so it wraps the text first.
      for (const id of [...run.claimIds].reverse()) {
        const claim = byId.get(id)
        if (!claim) continue
        const verdict = claim.verdict
        const title = tr.t('exportText.claims.markTitle', {
          number: claim.number,
          verdict: verdictLabel(verdict, tr)
        })
        html = `<span class="claim s-${verdictKey(verdict)}" title="${escapeHtml(title)}">${html}</span>`
      }
      const refs = (ends[index] ?? []).map((id) => footnoteRef(byId.get(id)))
      return html + refs.join('')
    })
    .join('')
  if (block.kind === 'heading') {
    const level = Math.min((block.level ?? 1) + 1, 6)
    return `<h${level}>${inner}</h${level}>`
  }
  return `<p>${inner}</p>`
}

function footnoteRef(claim: NumberedClaim | undefined): string {
  if (!claim) return ''
  const n = claim.number
  return `<sup class="ref"><a href="#claim-${n}" id="ref-${n}">${n}</a></sup>`
}

function claimSections(
  input: ExportInput,
  numbered: readonly NumberedClaim[],
  tr: Translator
): string[] {
  if (numbered.length === 0) return []
  const sourcesOf = sourceFinder(input.library)
  const rows = numbered.map(({ claim, number, detached, verdict }) => {
    const sources = sourcesOf(claim.sourceIds).length
    const note = detached
      ? ` <span class="detached">${escapeHtml(tr.t('exportText.claims.detachedTag'))}</span>`
      : ''
    return `<tr><td class="num">${number}</td><td>${escapeHtml(claim.statement)}${note}</td><td>${badge(verdict, tr)}</td><td class="num">${sources}</td><td>${escapeHtml(claim.assignee ?? '—')}</td></tr>`
  })
  const columns = (['number', 'claim', 'status', 'sources', 'assignee'] as const).map(
    (column) => `<th>${escapeHtml(tr.t(`exportText.claims.column.${column}`))}</th>`
  )
  return [
    '<section class="claims">',
    `<h2>${escapeHtml(tr.t('exportText.claims.heading'))}</h2>`,
    '<table>',
    `<thead><tr>${columns.join('')}</tr></thead>`,
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
    '<ol class="footnotes">',
    ...numbered.map((claim) => footnoteHtml(claim, sourcesOf(claim.claim.sourceIds), tr)),
    '</ol>',
    '</section>'
  ]
}

function footnoteHtml(
  numbered: NumberedClaim,
  sources: ExportInput['library'],
  tr: Translator
): string {
  const { claim, number } = numbered
  const back = numbered.detached
    ? ''
    : ` <a href="#ref-${number}" aria-label="${escapeHtml(tr.t('exportText.claims.backToText'))}">↩</a>`
  const detached = numbered.detached
    ? ` <span class="detached">${escapeHtml(tr.t('exportText.claims.detached'))}</span>`
    : ''
  const sourceList =
    sources.length === 0
      ? tr.t('exportText.claims.noSourcesListed')
      : tr.t('exportText.claims.sources', {
          sources: sources
            .map((s) => `<a href="${escapeHtml(s.url)}">${escapeHtml(s.name)}</a>`)
            .join('; ')
        })
  const parts = [
    `<li id="claim-${number}">${badge(numbered.verdict, tr)} ${escapeHtml(claim.statement)}${detached}${back}`,
    claim.quote === claim.statement
      ? ''
      : `<br>${tr.t('exportText.claims.quote', { quote: escapeHtml(claim.quote) })}`,
    `<br>${sourceList}`
  ]
  if (claim.assignee)
    parts.push(`<br>${tr.t('exportText.claims.assignee', { name: escapeHtml(claim.assignee) })}`)
  for (const comment of numbered.comments) {
    const reply = comment.parentId === null ? '' : '↳ '
    const said = tr.t('exportText.claims.commentShort', {
      author: escapeHtml(comment.author),
      time: escapeHtml(displayTime(comment.createdAt, tr)),
      text: escapeHtml(comment.text)
    })
    parts.push(`<div class="comment">${reply}${said}</div>`)
  }
  return `${parts.join('')}</li>`
}

function summarySection(input: ExportInput, tr: Translator): string[] {
  const summary = reviewSummary(input, tr)
  const words = (key: 'heading' | 'status' | 'claims' | 'total' | 'historyHeading'): string =>
    escapeHtml(tr.t(`exportText.summary.${key}`))
  const rows = summary.counts.map(
    (row) =>
      `<tr><td><span class="badge s-${row.key}">${escapeHtml(row.label)}</span></td><td class="num">${row.count}</td></tr>`
  )
  const histories = summary.claims.map(({ numbered, history, verdict, checkedBy }) => {
    const items = history.map((line) => `<li>${changeSentence(line, tr, escapeHtml)}</li>`)
    const list =
      items.length === 0
        ? `<li>${escapeHtml(tr.t('exportText.summary.noChanges'))}</li>`
        : items.join('')
    const checked = checkedBy === undefined ? '' : ` ${escapeHtml(checkedBy)}`
    const claimLine = tr.t('exportText.summary.claimLine', {
      number: numbered.number,
      verdict: badge(verdict, tr)
    })
    return `<li>${claimLine}${checked}<ul>${list}</ul></li>`
  })
  const names = summary.reviewers.map(escapeHtml).join(', ')
  const sources = input.library.map(
    (s) => `<li><a href="${escapeHtml(s.url)}">${escapeHtml(s.name)}</a></li>`
  )
  return [
    '<section class="summary">',
    `<h2>${words('heading')}</h2>`,
    '<table>',
    `<thead><tr><th>${words('status')}</th><th>${words('claims')}</th></tr></thead>`,
    '<tbody>',
    ...rows,
    `<tr><th>${words('total')}</th><td class="num">${summary.total}</td></tr>`,
    '</tbody>',
    '</table>',
    `<p>${names ? tr.t('exportText.summary.reviewedBy', { names }) : escapeHtml(tr.t('exportText.summary.reviewedByNobody'))}</p>`,
    `<h3>${words('historyHeading')}</h3>`,
    `<ul>${histories.join('')}</ul>`,
    `<h3>${escapeHtml(tr.t('exportText.summary.sourcesHeading'))}</h3>`,
    sources.length === 0
      ? `<p>${escapeHtml(tr.t('exportText.summary.noSources'))}</p>`
      : `<ul class="sources">${sources.join('')}</ul>`,
    '</section>'
  ]
}

function badge(verdict: ClaimVerdict, tr: Translator): string {
  return `<span class="badge s-${verdictKey(verdict)}">${escapeHtml(verdictLabel(verdict, tr))}</span>`
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}

/** Text as HTML that can only ever be text, in content and in quoted attributes alike. */
export function escapeHtml(text: string): string {
  // One pass; escaping `&` first is not needed since no replacement is re-scanned.
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char)
}
