/** The fixed parts of the DOCX package and the WordprocessingML snippets the exporter builds on. */
import { escapeXml } from './xml'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships'
const DOC_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

/** Opening tag attributes of every WordprocessingML root. */
export const W_NS = `xmlns:w="${W}" xmlns:r="${R}"`

/** [Content_Types].xml */
export function contentTypesXml(): string {
  const main = 'application/vnd.openxmlformats-officedocument.wordprocessingml'
  return (
    XML_DECL +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/word/document.xml" ContentType="${main}.document.main+xml"/>` +
    `<Override PartName="/word/styles.xml" ContentType="${main}.styles+xml"/>` +
    `<Override PartName="/word/settings.xml" ContentType="${main}.settings+xml"/>` +
    `<Override PartName="/word/footnotes.xml" ContentType="${main}.footnotes+xml"/>` +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '</Types>'
  )
}

/** _rels/.rels */
export function packageRelsXml(): string {
  return (
    XML_DECL +
    `<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rId1" Type="${DOC_REL}/officeDocument" Target="word/document.xml"/>` +
    `<Relationship Id="rId2" Type="${PKG_REL}/metadata/core-properties" Target="docProps/core.xml"/>` +
    '</Relationships>'
  )
}

/** word/_rels/document.xml.rels: styles, settings and footnotes. */
export function documentRelsXml(): string {
  return (
    XML_DECL +
    `<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rId1" Type="${DOC_REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId2" Type="${DOC_REL}/settings" Target="settings.xml"/>` +
    `<Relationship Id="rId3" Type="${DOC_REL}/footnotes" Target="footnotes.xml"/>` +
    '</Relationships>'
  )
}

/** docProps/core.xml: title and times. */
export function corePropsXml(title: string, exportedAt: string): string {
  return (
    XML_DECL +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>Claimdesk</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${escapeXml(exportedAt)}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${escapeXml(exportedAt)}</dcterms:modified>` +
    '</cp:coreProperties>'
  )
}

/** word/settings.xml: names the separator footnotes, as Word expects. */
export function settingsXml(): string {
  return (
    XML_DECL +
    `<w:settings ${W_NS}><w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>` +
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
    '</w:settings>'
  )
}

/** word/footnotes.xml with the two separators Word requires, then `notes` (already XML). */
export function footnotesXml(notes: readonly string[]): string {
  return (
    XML_DECL +
    `<w:footnotes ${W_NS}>` +
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>' +
    notes.join('') +
    '</w:footnotes>'
  )
}

/** word/document.xml around `body` (already XML). */
export function documentXml(body: string): string {
  const section =
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>' +
    '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>'
  return XML_DECL + `<w:document ${W_NS}><w:body>${body}${section}</w:body></w:document>`
}

/** word/styles.xml: the paragraph and character styles, and `language` (a BCP 47 tag) as default. */
export function stylesXml(language: string): string {
  const heading = (level: number, size: number): string =>
    `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/>` +
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>' +
    `<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="${level - 1}"/></w:pPr>` +
    `<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:b/><w:sz w:val="${size}"/></w:rPr></w:style>`
  return (
    XML_DECL +
    `<w:styles ${W_NS}>` +
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia" w:cs="Georgia"/>' +
    `<w:sz w:val="22"/><w:lang w:val="${escapeXml(language)}"/></w:rPr></w:rPrDefault>` +
    '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>' +
    '<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:b/><w:sz w:val="40"/></w:rPr></w:style>' +
    heading(1, 32) +
    heading(2, 28) +
    heading(3, 24) +
    heading(4, 22) +
    '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/>' +
    '<w:pPr><w:spacing w:after="60" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>' +
    '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>' +
    '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>' +
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>' +
    ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
      .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="AAAAAA"/>`)
      .join('') +
    '</w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '</w:styles>'
  )
}
