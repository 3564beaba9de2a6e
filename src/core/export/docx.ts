/**
 * DOCX export: OOXML parts written by hand in a store-only ZIP. Each claim gets a footnote
 * (not a Word comment) because footnotes print, nest cleanly when claims overlap, and read the
 * same as the Markdown and HTML exports.
 */
import { verdictKey, verdictLabel, type VerdictKey } from '../claims/verdict'
import { intlTag } from '../i18n/format'
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
import { changeSentence, displayTime, exportedSentence, reviewSummary } from './review-summary'
import { sentenceParts } from './sentence-parts'
import { escapeXml } from './xml'
import { zipStore } from './zip'

/** The briefing as a .docx file with a footnote per claim, the draft banner and the summary. */
export function exportDocx(input: ExportInput): Uint8Array {
  const tr = translator(exportLocale(input))
  const encoder = new TextEncoder()
  const parts: [string, string][] = [
    ['[Content_Types].xml', contentTypesXml()],
    ['_rels/.rels', packageRelsXml()],
    ['docProps/core.xml', corePropsXml(input.title, input.exportedAt)],
    ['word/document.xml', documentXml(docxBody(input, tr))],
    ['word/_rels/document.xml.rels', documentRelsXml()],
    ['word/styles.xml', stylesXml(intlTag(tr.locale))],
    ['word/settings.xml', settingsXml()],
    ['word/footnotes.xml', footnotesXml(footnotes(input, tr))]
  ]
  return zipStore(
    parts.map(([path, xml]) => ({ path, data: encoder.encode(xml) })),
    input.exportedAt
  )
}

/** The XML inside word/document.xml's body. */
function docxBody(input: ExportInput, tr: Translator): string {
  const numbered = numberedClaims(input)
  const blocks = shownBlocks(input)
  const detached = numbered.filter((n) => n.detached)
  const ends = claimEnds(blocks)
  const byId = new Map(numbered.map((n) => [n.claim.id, n]))
  return [
    paragraph(run(input.title), 'Title'),
    paragraph(
      run(exportedSentence(input, tr), '<w:i/><w:color w:val="555555"/><w:sz w:val="18"/>')
    ),
    ...gate(input, tr),
    ...blocks.map((block, index) => blockXml(block, ends[index] ?? [], byId)),
    ...(detached.length === 0
      ? []
      : [
          paragraph(run(tr.t('exportText.claims.detachedHeading')), 'Heading2'),
          ...detached.map((n) =>
            paragraph(
              run(tr.t('exportText.claims.detachedQuote', { quote: n.claim.quote })) +
                noteRef(n.number)
            )
          )
        ]),
    ...summaryXml(input, tr)
  ].join('')
}

function gate(input: ExportInput, tr: Translator): string[] {
  const checks = openChecks(input, tr)
  if (checks.length === 0) return []
  const border =
    '<w:pBdr><w:top w:val="single" w:sz="18" w:space="4" w:color="C62828"/>' +
    '<w:bottom w:val="single" w:sz="18" w:space="4" w:color="C62828"/></w:pBdr>'
  return [
    `<w:p><w:pPr><w:keepNext/>${border}</w:pPr>${run(draftBanner(checks, tr), '<w:b/><w:color w:val="C62828"/><w:sz w:val="28"/>')}</w:p>`,
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
function footnotes(input: ExportInput, tr: Translator): string[] {
  const sourcesOf = sourceFinder(input.library)
  return numberedClaims(input).map((n) => footnote(n, sourcesOf(n.claim.sourceIds), tr))
}

function footnote(
  numbered: NumberedClaim,
  sources: ExportInput['library'],
  tr: Translator
): string {
  const { claim, number } = numbered
  const links = sources.map((s) => `${s.name} <${s.url}>`).join('; ')
  const lines = [
    ...(claim.quote === claim.statement
      ? []
      : [tr.t('exportText.claims.quote', { quote: claim.quote })]),
    sources.length === 0
      ? tr.t('exportText.claims.noSources')
      : tr.t('exportText.claims.sources', { sources: links }),
    ...(claim.assignee ? [tr.t('exportText.claims.assignee', { name: claim.assignee })] : []),
    ...(numbered.detached ? [tr.t('exportText.claims.detached')] : []),
    ...numbered.comments.map(
      (c) =>
        `${c.parentId === null ? '' : '↳ '}${tr.t('exportText.claims.comment', {
          author: c.author,
          time: displayTime(c.createdAt, tr),
          text: c.text
        })}`
    )
  ]
  const verdict = run(
    verdictLabel(numbered.verdict, tr),
    `<w:b/>${statusProps(verdictKey(numbered.verdict))}`
  )
  const head = sentenceParts(tr, 'exportText.claims.footnote', { statement: claim.statement }, [
    'verdict'
  ])
  const first =
    '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>' +
    run(' ') +
    head.map((part) => ('slot' in part ? verdict : run(part.text))).join('')
  const paragraphs = [first, ...lines.map((line) => run(line))].map((content) =>
    paragraph(content, 'FootnoteText')
  )
  return `<w:footnote w:id="${number}">${paragraphs.join('')}</w:footnote>`
}

function summaryXml(input: ExportInput, tr: Translator): string[] {
  const summary = reviewSummary(input, tr)
  const rows = [
    tableRow([
      run(tr.t('exportText.summary.status'), '<w:b/>'),
      run(tr.t('exportText.summary.claims'), '<w:b/>')
    ]),
    ...summary.counts.map((row) =>
      tableRow([run(row.label, statusProps(row.key)), run(String(row.count))])
    ),
    tableRow([
      run(tr.t('exportText.summary.total'), '<w:b/>'),
      run(String(summary.total), '<w:b/>')
    ])
  ]
  const history = summary.claims.flatMap(({ numbered, history: lines, verdict, checkedBy }) => {
    const verdictRun = run(verdictLabel(verdict, tr), statusProps(verdictKey(verdict)))
    const claimLine = sentenceParts(
      tr,
      'exportText.summary.claimLine',
      { number: numbered.number },
      ['verdict']
    )
    const sentences =
      lines.length === 0
        ? [tr.t('exportText.summary.noChanges')]
        : lines.map((line) => changeSentence(line, tr))
    return [
      paragraph(
        claimLine.map((part) => ('slot' in part ? verdictRun : run(part.text, '<w:b/>'))).join('') +
          (checkedBy === undefined ? '' : run(` ${checkedBy}`)),
        undefined,
        '<w:keepNext/><w:spacing w:after="40"/>'
      ),
      ...sentences.map((sentence) =>
        paragraph(run(sentence), undefined, '<w:spacing w:after="40"/><w:ind w:left="360"/>')
      )
    ]
  })
  const names = summary.reviewers.join(', ')
  return [
    paragraph(run(tr.t('exportText.summary.heading')), 'Heading1', '<w:pageBreakBefore/>'),
    table(rows),
    paragraph(
      run(
        names
          ? tr.t('exportText.summary.reviewedBy', { names })
          : tr.t('exportText.summary.reviewedByNobody')
      )
    ),
    paragraph(run(tr.t('exportText.summary.historyHeading')), 'Heading2'),
    ...history,
    paragraph(run(tr.t('exportText.summary.sourcesHeading')), 'Heading2'),
    ...(input.library.length === 0
      ? [paragraph(run(tr.t('exportText.summary.noSources')))]
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
