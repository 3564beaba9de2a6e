/**
 * DOCX export: OOXML parts written by hand in a store-only ZIP. Each claim gets a footnote
 * (not a Word comment) because footnotes print, nest cleanly when claims overlap, and read the
 * same as the Markdown and HTML exports.
 */
import { verdictKey, verdictLabel, type VerdictKey } from '../claims/verdict'
import {
  claimEnds,
  numberedClaims,
  shownBlocks,
  sourceFinder,
  type ExportBlock,
  type ExportInput,
  type NumberedClaim
} from './export-input'
import {
  contentTypesXml,
  corePropsXml,
  documentRelsXml,
  documentXml,
  footnotesXml,
  packageRelsXml,
  settingsXml,
  stylesXml
} from './docx-parts'
import { STATUS_COLOURS } from './html-styles'
import { draftBanner, openChecks } from './open-checks'
import { displayTime, reviewSummary } from './review-summary'
import { escapeXml } from './xml'
import { zipStore } from './zip'

/** The briefing as a .docx file with a footnote per claim, the draft banner and the summary. */
export function exportDocx(input: ExportInput): Uint8Array {
  const encoder = new TextEncoder()
  const parts: [string, string][] = [
    ['[Content_Types].xml', contentTypesXml()],
    ['_rels/.rels', packageRelsXml()],
    ['docProps/core.xml', corePropsXml(input.title, input.exportedAt)],
    ['word/document.xml', documentXml(docxBody(input))],
    ['word/_rels/document.xml.rels', documentRelsXml()],
    ['word/styles.xml', stylesXml()],
    ['word/settings.xml', settingsXml()],
    ['word/footnotes.xml', footnotesXml(footnotes(input))]
  ]
  return zipStore(
    parts.map(([path, xml]) => ({ path, data: encoder.encode(xml) })),
    input.exportedAt
  )
}

/** The XML inside word/document.xml's body. */
function docxBody(input: ExportInput): string {
  const numbered = numberedClaims(input)
  const blocks = shownBlocks(input)
  const version = input.appVersion ? ` ${input.appVersion}` : ''
  const detached = numbered.filter((n) => n.detached)
  const ends = claimEnds(blocks)
  const byId = new Map(numbered.map((n) => [n.claim.id, n]))
  return [
    paragraph(run(input.title), 'Title'),
    paragraph(
      run(
        `Exported from room ${input.room} on ${displayTime(input.exportedAt)} by Claimdesk${version}.`,
        '<w:i/><w:color w:val="555555"/><w:sz w:val="18"/>'
      )
    ),
    ...gate(input),
    ...blocks.map((block, index) => blockXml(block, ends[index] ?? [], byId)),
    ...(detached.length === 0
      ? []
      : [
          paragraph(run('Detached claims'), 'Heading2'),
          ...detached.map((n) =>
            paragraph(
              run(`“${n.claim.quote}” (its text is no longer in the briefing)`) + noteRef(n.number)
            )
          )
        ]),
    ...summaryXml(input)
  ].join('')
}

function gate(input: ExportInput): string[] {
  const checks = openChecks(input)
  if (checks.length === 0) return []
  const border =
    '<w:pBdr><w:top w:val="single" w:sz="18" w:space="4" w:color="C62828"/>' +
    '<w:bottom w:val="single" w:sz="18" w:space="4" w:color="C62828"/></w:pBdr>'
  return [
    `<w:p><w:pPr><w:keepNext/>${border}</w:pPr>${run(draftBanner(checks), '<w:b/><w:color w:val="C62828"/><w:sz w:val="28"/>')}</w:p>`,
    ...checks.map((check) =>
      paragraph(run(`• ${check.message}`), undefined, '<w:ind w:left="360"/>')
    )
  ]
}

function blockXml(
  block: ExportBlock,
  ends: readonly string[][],
  byId: ReadonlyMap<string, NumberedClaim>
): string {
  const runs = block.runs.map((textRun, index) => {
    // The innermost (last listed) claim colours the run; every claim still gets its footnote.
    const innermost = [...textRun.claimIds].reverse().find((id) => byId.has(id))
    const claim = innermost === undefined ? undefined : byId.get(innermost)
    const refs = (ends[index] ?? []).map((id) => noteRef(byId.get(id)?.number ?? 0))
    return run(textRun.text, claim ? statusProps(verdictKey(claim.verdict)) : '') + refs.join('')
  })
  const style =
    block.kind === 'heading' ? `Heading${Math.min((block.level ?? 1) + 1, 4)}` : undefined
  return paragraph(runs.join(''), style)
}

/** Each claim's footnote, in footnote order. */
function footnotes(input: ExportInput): string[] {
  const sourcesOf = sourceFinder(input.library)
  return numberedClaims(input).map((n) => footnote(n, sourcesOf(n.claim.sourceIds)))
}

function footnote(numbered: NumberedClaim, sources: ExportInput['library']): string {
  const { claim, number } = numbered
  const lines = [
    ...(claim.quote === claim.statement ? [] : [`Quote: “${claim.quote}”`]),
    sources.length === 0
      ? 'Sources: none.'
      : `Sources: ${sources.map((s) => `${s.name} <${s.url}>`).join('; ')}`,
    ...(claim.assignee ? [`Assignee: ${claim.assignee}`] : []),
    ...(numbered.detached ? ['Detached: its text is no longer in the briefing.'] : []),
    ...numbered.comments.map(
      (c) =>
        `${c.parentId === null ? '' : '↳ '}Comment by ${c.author}, ${displayTime(c.createdAt)}: ${c.text}`
    )
  ]
  const first =
    '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>' +
    run(' ') +
    run(verdictLabel(numbered.verdict), `<w:b/>${statusProps(verdictKey(numbered.verdict))}`) +
    run(`: ${claim.statement}`)
  const paragraphs = [first, ...lines.map((line) => run(line))].map((content) =>
    paragraph(content, 'FootnoteText')
  )
  return `<w:footnote w:id="${number}">${paragraphs.join('')}</w:footnote>`
}

function summaryXml(input: ExportInput): string[] {
  const summary = reviewSummary(input)
  const rows = [
    tableRow([run('Status', '<w:b/>'), run('Claims', '<w:b/>')]),
    ...summary.counts.map((row) =>
      tableRow([run(row.label, statusProps(row.key)), run(String(row.count))])
    ),
    tableRow([run('Total', '<w:b/>'), run(String(summary.total), '<w:b/>')])
  ]
  const history = summary.claims.flatMap(({ numbered, history: lines, verdict, checkedBy }) => [
    paragraph(
      run(`Claim ${numbered.number}: `, '<w:b/>') +
        run(verdictLabel(verdict), statusProps(verdictKey(verdict))) +
        (checkedBy === undefined ? '' : run(` ${checkedBy}`)),
      undefined,
      '<w:keepNext/><w:spacing w:after="40"/>'
    ),
    ...(lines.length === 0 ? [{ at: '', author: '', from: '', to: '' }] : lines).map((line) =>
      paragraph(
        run(
          line.at === ''
            ? 'No status changes yet.'
            : `${line.at}, ${line.author}: ${line.from} → ${line.to}${line.note === undefined ? '' : `: “${line.note}”`}`
        ),
        undefined,
        '<w:spacing w:after="40"/><w:ind w:left="360"/>'
      )
    )
  ])
  return [
    paragraph(run('Review summary'), 'Heading1', '<w:pageBreakBefore/>'),
    table(rows),
    paragraph(run(`Reviewed by: ${summary.reviewers.join(', ') || 'nobody yet'}.`)),
    paragraph(run('Status history'), 'Heading2'),
    ...history,
    paragraph(run('Sources'), 'Heading2'),
    ...(input.library.length === 0
      ? [paragraph(run('No sources.'))]
      : input.library.map((s) =>
          paragraph(run(`${s.name} <${s.url}>`), undefined, '<w:ind w:left="360"/>')
        ))
  ]
}

function statusProps(key: VerdictKey): string {
  const colour = STATUS_COLOURS[key]
  return (
    `<w:u w:val="single" w:color="${colour.line.slice(1).toUpperCase()}"/>` +
    `<w:shd w:val="clear" w:color="auto" w:fill="${colour.fill.slice(1).toUpperCase()}"/>`
  )
}

function noteRef(number: number): string {
  return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${number}"/></w:r>`
}

function run(text: string, props = ''): string {
  if (text === '') return ''
  const rPr = props ? `<w:rPr>${props}</w:rPr>` : ''
  // Line breaks and tabs inside a block are spaces: a block is one paragraph.
  const clean = text.replace(/[\t\r\n]+/g, ' ')
  return `<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(clean)}</w:t></w:r>`
}

function paragraph(content: string, style?: string, props = ''): string {
  const styleXml = style ? `<w:pStyle w:val="${style}"/>` : ''
  const pPr = styleXml || props ? `<w:pPr>${styleXml}${props}</w:pPr>` : ''
  return `<w:p>${pPr}${content}</w:p>`
}

function table(rows: readonly string[]): string {
  return (
    '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>' +
    '<w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="1500"/></w:tblGrid>' +
    rows.join('') +
    '</w:tbl>'
  )
}

function tableRow(cells: readonly string[]): string {
  const xml = cells.map(
    (cell, index) =>
      `<w:tc><w:tcPr><w:tcW w:w="${index === 0 ? 3000 : 1500}" w:type="dxa"/></w:tcPr>${paragraph(cell, undefined, '<w:spacing w:after="0"/>')}</w:tc>`
  )
  return `<w:tr>${xml.join('')}</w:tr>`
}
