/**
 * Standalone HTML export. Everything from the room is escaped as text and the page carries no
 * script at all, with a CSP that forbids one, so a briefing containing markup exports inert.
 */
import { verdictKey, verdictLabel, type ClaimVerdict } from '../claims/verdict'
import {
  claimEnds,
  numberedClaims,
  shownBlocks,
  sourceFinder,
  type ExportBlock,
  type ExportInput,
  type NumberedClaim
} from './export-input'
import { exportStylesheet } from './html-styles'
import { draftBanner, openChecks } from './open-checks'
import { displayTime, reviewSummary } from './review-summary'

/** The policy in the page itself: nothing may load or run, only the inline stylesheet applies. */
export const EXPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

/** The briefing as a standalone HTML page with status-coloured claims, footnotes and a summary. */
export function exportHtml(input: ExportInput): string {
  const numbered = numberedClaims(input)
  const blocks = shownBlocks(input)
  const ends = claimEnds(blocks)
  const byId = new Map(numbered.map((n) => [n.claim.id, n]))
  const body = [
    `<h1>${escapeHtml(input.title)}</h1>`,
    metaLine(input),
    ...gate(input),
    '<main>',
    ...blocks.map((block, index) => blockHtml(block, ends[index] ?? [], byId)),
    '</main>',
    ...claimSections(input, numbered),
    ...summarySection(input)
  ]
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
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

function metaLine(input: ExportInput): string {
  const version = input.appVersion ? ` ${input.appVersion}` : ''
  return `<p class="meta">Exported from room ${escapeHtml(input.room)} on ${escapeHtml(displayTime(input.exportedAt))} by Claimdesk${escapeHtml(version)}.</p>`
}

function gate(input: ExportInput): string[] {
  const checks = openChecks(input)
  if (checks.length === 0) return []
  return [
    '<aside class="banner" role="note">',
    `<p><strong>${escapeHtml(draftBanner(checks))}</strong></p>`,
    '<ul>',
    ...checks.map((check) => `<li>${escapeHtml(check.message)}</li>`),
    '</ul>',
    '</aside>'
  ]
}

function blockHtml(
  block: ExportBlock,
  ends: readonly string[][],
  byId: ReadonlyMap<string, NumberedClaim>
): string {
  const inner = block.runs
    .map((run, index) => {
      let html = escapeHtml(run.text)
      // Innermost claim last in the list, so it wraps the text first.
      for (const id of [...run.claimIds].reverse()) {
        const claim = byId.get(id)
        if (!claim) continue
        const verdict = claim.verdict
        const title = `Claim ${claim.number}: ${verdictLabel(verdict)}`
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

function claimSections(input: ExportInput, numbered: readonly NumberedClaim[]): string[] {
  if (numbered.length === 0) return []
  const sourcesOf = sourceFinder(input.library)
  const rows = numbered.map(({ claim, number, detached, verdict }) => {
    const sources = sourcesOf(claim.sourceIds).length
    const note = detached ? ' <span class="detached">(detached)</span>' : ''
    return `<tr><td class="num">${number}</td><td>${escapeHtml(claim.statement)}${note}</td><td>${badge(verdict)}</td><td class="num">${sources}</td><td>${escapeHtml(claim.assignee ?? '—')}</td></tr>`
  })
  return [
    '<section class="claims">',
    '<h2>Claims</h2>',
    '<table>',
    '<thead><tr><th>#</th><th>Claim</th><th>Status</th><th>Sources</th><th>Assignee</th></tr></thead>',
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
    '<ol class="footnotes">',
    ...numbered.map((claim) => footnoteHtml(claim, sourcesOf(claim.claim.sourceIds))),
    '</ol>',
    '</section>'
  ]
}

function footnoteHtml(numbered: NumberedClaim, sources: ExportInput['library']): string {
  const { claim, number } = numbered
  const back = numbered.detached
    ? ''
    : ` <a href="#ref-${number}" aria-label="Back to the text">↩</a>`
  const detached = numbered.detached
    ? ' <span class="detached">Detached: its text is no longer in the briefing.</span>'
    : ''
  const sourceList =
    sources.length === 0
      ? 'none'
      : sources.map((s) => `<a href="${escapeHtml(s.url)}">${escapeHtml(s.name)}</a>`).join('; ')
  const parts = [
    `<li id="claim-${number}">${badge(numbered.verdict)} ${escapeHtml(claim.statement)}${detached}${back}`,
    claim.quote === claim.statement ? '' : `<br>Quote: “${escapeHtml(claim.quote)}”`,
    `<br>Sources: ${sourceList}`
  ]
  if (claim.assignee) parts.push(`<br>Assignee: ${escapeHtml(claim.assignee)}`)
  for (const comment of numbered.comments) {
    const reply = comment.parentId === null ? '' : '↳ '
    parts.push(
      `<div class="comment">${reply}${escapeHtml(comment.author)}, ${escapeHtml(displayTime(comment.createdAt))}: ${escapeHtml(comment.text)}</div>`
    )
  }
  return `${parts.join('')}</li>`
}

function summarySection(input: ExportInput): string[] {
  const summary = reviewSummary(input)
  const rows = summary.counts.map(
    (row) =>
      `<tr><td><span class="badge s-${row.key}">${escapeHtml(row.label)}</span></td><td class="num">${row.count}</td></tr>`
  )
  const histories = summary.claims.map(({ numbered, history, verdict, checkedBy }) => {
    const items = history.map((line) => {
      const note = line.note === undefined ? '' : `: “${escapeHtml(line.note)}”`
      return `<li>${escapeHtml(line.at)}, ${escapeHtml(line.author)}: ${escapeHtml(line.from)} → ${escapeHtml(line.to)}${note}</li>`
    })
    const list = items.length === 0 ? '<li>No status changes yet.</li>' : items.join('')
    const checked = checkedBy === undefined ? '' : ` ${escapeHtml(checkedBy)}`
    return `<li>Claim ${numbered.number}: ${badge(verdict)}${checked}<ul>${list}</ul></li>`
  })
  const who = summary.reviewers.map(escapeHtml).join(', ') || 'nobody yet'
  const sources = input.library.map(
    (s) => `<li><a href="${escapeHtml(s.url)}">${escapeHtml(s.name)}</a></li>`
  )
  return [
    '<section class="summary">',
    '<h2>Review summary</h2>',
    '<table>',
    '<thead><tr><th>Status</th><th>Claims</th></tr></thead>',
    '<tbody>',
    ...rows,
    `<tr><th>Total</th><td class="num">${summary.total}</td></tr>`,
    '</tbody>',
    '</table>',
    `<p>Reviewed by: ${who}.</p>`,
    '<h3>Status history</h3>',
    `<ul>${histories.join('')}</ul>`,
    '<h3>Sources</h3>',
    sources.length === 0 ? '<p>No sources.</p>' : `<ul class="sources">${sources.join('')}</ul>`,
    '</section>'
  ]
}

function badge(verdict: ClaimVerdict): string {
  return `<span class="badge s-${verdictKey(verdict)}">${escapeHtml(verdictLabel(verdict))}</span>`
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
