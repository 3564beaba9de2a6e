/**
 * Large imports and exports must not freeze the server: quote-only annotations of one
 * character on a 1 MB briefing are anchored through an index, in slices, and exports are
 * rendered in a worker thread, while other requests are answered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { BLOCK_SEPARATOR } from '../../src/core/export/plain-text'
import { ANNO_CONTEXT } from '../../src/core/export/web-annotation-ids'
import { createExportWorkers } from '../../server/export-workers'
import type { TestServer } from '../support/test-server'
import { startTestServer } from '../support/test-server'
import { appendParagraph } from '../support/tiptap-doc'

let server: TestServer
const SENTENCES = [
  'Laut Landesanzeiger stiegen die Einnahmen um 240 Millionen Euro.',
  'Reuters berichtet von einem Rückgang im dritten Quartal.',
  'Die Behörde bestätigte die Zahlen am Dienstag auf Anfrage.',
  'Wie Cryptopolitan berichtet, wächst der Markt schneller als erwartet.'
]

/** About `bytes` of text in numbered paragraphs, so that every stretch of it is unique. */
function largeBriefing(bytes: number): { doc: Y.Doc; text: string } {
  const doc = new Y.Doc()
  const paragraphs: string[] = []
  for (let i = 0, size = 0; size < bytes; i++) {
    // The number recurs at least every 70 characters, so each 100-character prefix is unique.
    const paragraph = `Absatz ${i}: ${SENTENCES[i % SENTENCES.length]} (${i}) ${SENTENCES[(i * 7 + 3) % SENTENCES.length]} [${i}]`
    paragraphs.push(paragraph)
    size += paragraph.length + 1
  }
  for (const paragraph of paragraphs) appendParagraph(doc, paragraph)
  return { doc, text: paragraphs.join(BLOCK_SEPARATOR) }
}

/** `count` offsets spread over `text`, each of a character that is not a space. */
function quotedOffsets(text: string, count: number): number[] {
  return Array.from({ length: count }, (_, i) => {
    let at = 200 + Math.floor(((text.length - 400) * i) / count)
    while (/\s/.test(text[at] ?? '')) at += 1
    return at
  })
}

/** Quote-only annotations of one character, each with the 100 characters before it. */
function oneCharacterQuotes(text: string, count: number): unknown {
  const items = quotedOffsets(text, count).map((at, i) => {
    return {
      id: `urn:claimdesk:claim:one-char-${i}`,
      type: 'Annotation',
      target: {
        selector: { type: 'TextQuoteSelector', exact: text[at], prefix: text.slice(at - 100, at) }
      }
    }
  })
  return {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    first: { type: 'AnnotationPage', items }
  }
}

beforeAll(async () => {
  server = await startTestServer()
})

afterAll(async () => {
  await server.close()
})

describe('importing many quote-only annotations into a large room', () => {
  it('anchors each one and keeps answering other requests meanwhile', async () => {
    const { doc, text } = largeBriefing(1_000_000)
    await server.storage.appendUpdate('big', Y.encodeStateAsUpdate(doc))
    const body = JSON.stringify(oneCharacterQuotes(text, 2_000))
    // Load the room first, so the health checks below race the import alone.
    expect((await fetch(`${server.url}/api/rooms/big/export?format=json`)).status).toBe(200)

    let importDone = false
    const imported = fetch(`${server.url}/api/rooms/big/annotations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/ld+json' },
      body
    }).then(async (response) => {
      importDone = true
      return {
        status: response.status,
        report: (await response.json()) as { anchored: unknown[]; error?: string }
      }
    })
    let answeredDuringImport = 0
    while (!importDone) {
      const health = await fetch(`${server.url}/healthz`)
      if (health.status === 200 && !importDone) answeredDuringImport += 1
    }
    const { status, report } = await imported
    expect({ status, error: report.error }).toEqual({ status: 200, error: undefined })
    expect(report.anchored).toHaveLength(2_000)
    expect(answeredDuringImport).toBeGreaterThan(0)

    const exported = await fetch(`${server.url}/api/rooms/big/export?format=json`)
    const collection = (await exported.json()) as {
      first: { items: { target: { selector: { type: string; exact?: string }[] } }[] }
    }
    expect(collection.first.items).toHaveLength(2_000)
  })

  it('places each one-character quote where its prefix says', async () => {
    const { doc, text } = largeBriefing(50_000)
    await server.storage.appendUpdate('placed', Y.encodeStateAsUpdate(doc))
    const response = await fetch(`${server.url}/api/rooms/placed/annotations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/ld+json' },
      body: JSON.stringify(oneCharacterQuotes(text, 20))
    })
    const report = (await response.json()) as { anchored: { claimId: string; start: number }[] }
    expect(report.anchored).toHaveLength(20)
    expect(report.anchored.map(({ start }) => start)).toEqual(quotedOffsets(text, 20))
  })

  it('renders a large room’s export while answering other requests', async () => {
    const { doc } = largeBriefing(1_000_000)
    await server.storage.appendUpdate('big-export', Y.encodeStateAsUpdate(doc))
    // Loaded first, so the health checks below race the rendering alone.
    expect((await fetch(`${server.url}/api/rooms/big-export/export?format=md`)).status).toBe(200)
    for (const format of ['docx', 'html']) {
      let done = false
      const exported = fetch(`${server.url}/api/rooms/big-export/export?format=${format}`).then(
        async (response) => {
          done = true
          return { status: response.status, bytes: (await response.arrayBuffer()).byteLength }
        }
      )
      let answered = 0
      while (!done) {
        const health = await fetch(`${server.url}/healthz`)
        if (health.status === 200 && !done) answered += 1
      }
      const { status, bytes } = await exported
      expect(status).toBe(200)
      expect(bytes).toBeGreaterThan(500_000)
      expect(answered).toBeGreaterThan(0)
    }
  })

  it('hands every export to the worker thread instead of rendering on the event loop', async () => {
    const workers = createExportWorkers()
    const rendered: string[] = []
    const counted = await startTestServer({
      exports: {
        run: (job) => {
          rendered.push(job.format)
          return workers.run(job)
        },
        close: () => workers.close()
      }
    })
    await counted.storage.appendUpdate('counted', Y.encodeStateAsUpdate(largeBriefing(10_000).doc))
    for (const format of ['md', 'docx']) {
      expect((await fetch(`${counted.url}/api/rooms/counted/export?format=${format}`)).status).toBe(
        200
      )
    }
    expect(rendered).toEqual(['md', 'docx'])
    await counted.close()
  })
})
