/** The HTML export's stylesheet: screen and print, status colours with a label beside each. */
import type { VerdictKey } from '../claims/verdict'

/** Background and underline colour of each status and of a conflict; the label is always printed too. */
export const STATUS_COLOURS: Readonly<Record<VerdictKey, { fill: string; line: string }>> = {
  unverified: { fill: '#eeeeee', line: '#757575' },
  'in-review': { fill: '#fff3c4', line: '#b58900' },
  verified: { fill: '#d9f2dc', line: '#2e7d32' },
  disputed: { fill: '#ffe0c2', line: '#e65100' },
  false: { fill: '#fbd5d5', line: '#c62828' },
  unverifiable: { fill: '#e3e0f5', line: '#5e35b1' },
  awaiting: { fill: '#eef7e6', line: '#689f38' },
  conflict: { fill: '#fde2ef', line: '#ad1457' }
}

/** The whole stylesheet. */
export function exportStylesheet(): string {
  const statusRules = Object.entries(STATUS_COLOURS).map(
    ([status, colour]) =>
      `.s-${status} { background: ${colour.fill}; border-bottom: 2px solid ${colour.line}; }\n` +
      `.badge.s-${status} { border: 1px solid ${colour.line}; }`
  )
  return [
    'body { font: 16px/1.55 Georgia, "Times New Roman", serif; color: #1a1a1a; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; }',
    'h1, h2, h3, table, .banner, .meta, .footnotes, .badge { font-family: system-ui, "Segoe UI", Arial, sans-serif; }',
    '.meta { color: #555; font-size: 0.85rem; }',
    '.banner { border: 3px solid #c62828; background: #fff5f5; padding: 0.75rem 1rem; margin: 1rem 0; }',
    '.banner strong { color: #c62828; letter-spacing: 0.04em; }',
    '.claim { padding: 0 1px; }',
    '.claim .claim { padding-bottom: 3px; }',
    'sup.ref { font-size: 0.7em; line-height: 0; }',
    'sup.ref a { text-decoration: none; }',
    '.badge { display: inline-block; font-size: 0.8em; padding: 0 0.35em; border-radius: 3px; white-space: nowrap; }',
    'table { border-collapse: collapse; width: 100%; font-size: 0.9rem; margin: 0.5rem 0 1.5rem; }',
    'th, td { border: 1px solid #ccc; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }',
    'td.num { text-align: right; }',
    '.footnotes { font-size: 0.9rem; }',
    '.footnotes li { margin-bottom: 0.6rem; }',
    '.comment { color: #333; margin: 0.2rem 0 0 1rem; }',
    '.detached { font-style: italic; color: #8a1c1c; }',
    'a { color: #0b57d0; overflow-wrap: anywhere; }',
    ...statusRules,
    '@page { size: A4; margin: 18mm 16mm 20mm; }',
    '@media print {',
    '  body { max-width: none; margin: 0; padding: 0; font-size: 11pt; }',
    '  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }',
    '  a { color: inherit; text-decoration: none; }',
    '  .footnotes a[href^="http"]::after, .sources a[href^="http"]::after { content: " <" attr(href) ">"; font-size: 0.85em; }',
    '  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }',
    '  tr, li, .banner { break-inside: avoid; page-break-inside: avoid; }',
    '  thead { display: table-header-group; }',
    '  section.claims, section.summary { break-before: page; page-break-before: always; }',
    '}'
  ].join('\n')
}
