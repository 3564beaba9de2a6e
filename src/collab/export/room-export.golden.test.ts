/**
 * Golden files of every export format for the sample room (tests/support/export-fixture.ts),
 * and of the German sample room (export-fixture-de.ts) in German, the language of its text.
 * The goldens were produced by this code and read by eye; after a deliberate change, run
 * `UPDATE_GOLDENS=1 npx vitest run src/collab/export` and review the diff before committing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { unzipSync, strFromU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { exportDocx } from '../../core/export/docx'
import { exportHtml } from '../../core/export/html'
import { exportMarkdown } from '../../core/export/markdown'
import { exportWebAnnotations } from '../../core/export/web-annotations'
import { sampleExportInput } from '../../../tests/support/export-fixture'
import { germanSampleExportInput } from '../../../tests/support/export-fixture-de'
import { xmlProblem } from '../../../tests/support/xml-well-formed'

const GOLDEN_DIR = fileURLToPath(new URL('../../../tests/fixtures/export/', import.meta.url))
const UPDATE = process.env.UPDATE_GOLDENS === '1'

function matchesGolden(name: string, actual: string): void {
  const path = join(GOLDEN_DIR, name)
  if (UPDATE || !existsSync(path)) {
    if (!UPDATE) throw new Error(`no golden ${name}; run with UPDATE_GOLDENS=1 and review it`)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, actual)
  }
  expect(actual).toBe(readFileSync(path, 'utf8'))
}

describe('export goldens for the sample briefing', () => {
  const input = sampleExportInput()

  it('Markdown', () => {
    matchesGolden('sample.md', exportMarkdown(input))
  })

  it('HTML', () => {
    matchesGolden('sample.html', exportHtml(input))
  })

  it('Web Annotation JSON-LD', () => {
    matchesGolden('sample.jsonld', `${JSON.stringify(exportWebAnnotations(input), null, 2)}\n`)
  })

  it('DOCX parts, each well-formed XML', () => {
    const parts = unzipSync(exportDocx(input))
    expect(Object.keys(parts)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/core.xml',
      'word/document.xml',
      'word/_rels/document.xml.rels',
      'word/styles.xml',
      'word/settings.xml',
      'word/footnotes.xml'
    ])
    for (const [path, bytes] of Object.entries(parts)) {
      const xml = strFromU8(bytes)
      expect(xmlProblem(xml), path).toBeNull()
      matchesGolden(`docx/${path}`, xml)
    }
  })

  it('is the same on every run', () => {
    expect(exportDocx(sampleExportInput())).toEqual(exportDocx(input))
  })
})

describe('export goldens for the German sample briefing, in German', () => {
  // No language is asked for: the exports follow the briefing's own.
  const input = germanSampleExportInput()

  it('Markdown', () => {
    matchesGolden('de/briefing-de.md', exportMarkdown(input))
  })

  it('HTML', () => {
    matchesGolden('de/briefing-de.html', exportHtml(input))
  })

  it('Web Annotation JSON-LD', () => {
    const json = `${JSON.stringify(exportWebAnnotations(input), null, 2)}\n`
    matchesGolden('de/briefing-de.jsonld', json)
  })

  it('DOCX document, footnotes and styles, each well-formed XML', () => {
    const parts = unzipSync(exportDocx(input))
    for (const path of ['word/document.xml', 'word/footnotes.xml', 'word/styles.xml']) {
      const xml = strFromU8(parts[path] ?? new Uint8Array())
      expect(xmlProblem(xml), path).toBeNull()
      matchesGolden(`de/docx/${path}`, xml)
    }
  })

  it('is the same as asking for German, and English when asked for', () => {
    expect(exportMarkdown(germanSampleExportInput({ locale: 'de' }))).toBe(exportMarkdown(input))
    const english = exportMarkdown(germanSampleExportInput({ locale: 'en' }))
    expect(english).toContain('NOT VERIFIED · 14 open checks')
    expect(english).toContain('Exported from room lindenfeld-solar on 2025-11-20 16:00 UTC')
  })
})
