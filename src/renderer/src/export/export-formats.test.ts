import { describe, expect, it } from 'vitest'
import { translator } from '../../../core/i18n/translator'
import { EXPORT_FORMATS, exportFileName, formatInfo, formatLabel } from './export-formats'

describe('EXPORT_FORMATS', () => {
  const { t } = translator('en')
  it('offers the five formats in dialog order with their MIME types', () => {
    expect(EXPORT_FORMATS.map((f) => [formatLabel(f.format, t), f.extension, f.mimeType])).toEqual([
      ['Markdown', 'md', 'text/markdown'],
      ['HTML', 'html', 'text/html'],
      [
        'Word (DOCX)',
        'docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
      ],
      ['PDF', 'pdf', 'application/pdf'],
      ['Web Annotation (JSON-LD)', 'jsonld', 'application/ld+json']
    ])
    expect(formatInfo('docx').extension).toBe('docx')
  })

  it('names the formats the same in German, as product names', () => {
    const german = translator('de')
    expect(EXPORT_FORMATS.map((f) => formatLabel(f.format, german.t))).toEqual(
      EXPORT_FORMATS.map((f) => formatLabel(f.format, t))
    )
  })
})

describe('exportFileName', () => {
  it('is the room and the export day, with the format’s extension', () => {
    expect(exportFileName('river-heat', 'markdown', '2025-11-18T09:30:00.000Z')).toBe(
      'river-heat-2025-11-18.md'
    )
    expect(exportFileName('river-heat', 'jsonld', '2025-11-18T09:30:00.000Z')).toBe(
      'river-heat-2025-11-18.jsonld'
    )
  })

  it('stays a safe name whatever it is given', () => {
    expect(exportFileName('../a b', 'pdf', 'not a time')).toBe('..-a-b.pdf')
    expect(exportFileName('', 'html', '2025-11-18')).toBe('claimdesk-2025-11-18.html')
  })
})
