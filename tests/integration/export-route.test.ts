import { strFromU8, unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { attachClaimSource } from '../../src/collab/claims/claims-doc'
import { parseWebAnnotations } from '../../src/core/export/web-annotation-import'
import { buildSampleRoom, review, roomWithBriefing, tagClaim } from '../support/export-fixture'
import { buildGermanSampleRoom } from '../support/export-fixture-de'
import type { TestServer } from '../support/test-server'
import { startTestServer } from '../support/test-server'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
  // Stored before any request: the route must load these rooms through the registry.
  await server.storage.appendUpdate('sample', Y.encodeStateAsUpdate(buildSampleRoom()))
  await server.storage.appendUpdate('checked', Y.encodeStateAsUpdate(verifiedRoom()))
  await server.storage.appendUpdate('deutsch', Y.encodeStateAsUpdate(buildGermanSampleRoom()))
  const untitled = new Y.Doc()
  untitled.getMap('meta').set('title', 'Nothing yet')
  await server.storage.appendUpdate('no-text', Y.encodeStateAsUpdate(untitled))
})

afterAll(async () => {
  await server.close()
})

function verifiedRoom(): Y.Doc {
  const doc = roomWithBriefing('Rates rose.\n\nSources:\n- Office: https://example.org/rates\n')
  tagClaim(doc, 'c1', 'Rates rose', 'Ana', 1)
  review(doc, 'c1', [['verified', 'Ana', 2]])
  attachClaimSource(doc, 'c1', 'https://example.org/rates')
  return doc
}

function get(path: string): Promise<Response> {
  return fetch(`${server.url}${path}`)
}

describe('GET /api/rooms/ROOM/export', () => {
  it.each([
    ['md', 'text/markdown; charset=utf-8', 'sample.md'],
    ['html', 'text/html; charset=utf-8', 'sample.html'],
    [
      'docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'sample.docx'
    ],
    [
      'json',
      'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
      'sample.jsonld'
    ]
  ])('serves %s as an attachment named after the room', async (format, type, filename) => {
    const response = await get(`/api/rooms/sample/export?format=${format}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(type)
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${filename}"`)
    const bytes = new Uint8Array(await response.arrayBuffer())
    if (format === 'docx') {
      const document = strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array())
      expect(document).toContain('NOT VERIFIED · 10 open checks')
    } else if (format === 'json') {
      const parsed = parseWebAnnotations(JSON.parse(strFromU8(bytes)))
      expect(parsed.ok && parsed.value.length).toBe(9)
    } else {
      expect(strFromU8(bytes)).toContain('NOT VERIFIED · 10 open checks')
    }
  })

  it('answers require=verified with 409 and the open checks when any are open', async () => {
    const response = await get('/api/rooms/sample/export?format=md&require=verified')
    expect(response.status).toBe(409)
    const body = (await response.json()) as {
      error: string
      openChecks: { kind: string; message: string }[]
    }
    expect(body.error).toBe('10 open checks; the briefing is not verified')
    expect(body.openChecks).toHaveLength(10)
    expect(body.openChecks[0]).toEqual({
      kind: 'not-verified',
      claimId: 'claim-homes',
      status: 'in-review',
      message: 'Claim 2 (“roughly 4,200 homes”) is In review, not Verified.',
      // The same check as a message, for a client to show in its reader's language.
      reason: {
        key: 'exportText.openCheck.notVerified',
        values: {
          number: 2,
          statement: 'roughly 4,200 homes',
          status: { key: 'claim.status.in-review' }
        }
      }
    })
  })

  it('exports a fully verified room with require=verified, without a banner', async () => {
    const response = await get('/api/rooms/checked/export?format=html&require=verified')
    expect(response.status).toBe(200)
    expect(await response.text()).not.toContain('NOT VERIFIED')
  })

  it.each([
    ['/api/rooms/never-written/export?format=md', 404, 'no such room'],
    ['/api/rooms/sample/export?format=md&lang=fr', 400, 'lang must be one of: en, de'],
    ['/api/rooms/sample/export?format=md&lang=de-DE', 400, 'lang must be one of: en, de'],
    ['/api/rooms/sample/export?format=md&lang=', 400, 'lang must be one of: en, de'],
    [
      '/api/rooms/no-text/export?format=md',
      422,
      'This room has no text yet, so there is nothing to export.'
    ],
    [
      '/api/rooms/sample/export?format=pdf',
      400,
      'format must be one of: md, html, docx, json, claimreview'
    ],
    ['/api/rooms/sample/export', 400, 'format must be one of: md, html, docx, json, claimreview'],
    ['/api/rooms/sample/export?format=md&require=sources', 400, 'require can only be "verified"'],
    ['/api/rooms/-bad/export?format=md', 400, 'invalid room name'],
    ['/api/rooms/a%20b/export?format=md', 400, 'invalid room name']
  ])('GET %s → %i', async (path, status, error) => {
    const response = await get(path)
    expect(response.status).toBe(status)
    // Refusals a person may see carry their `reason` message too (see http-response.ts).
    expect(await response.json()).toMatchObject({ error })
  })

  describe('lang', () => {
    const text = async (path: string): Promise<string> => {
      const response = await get(path)
      expect(response.status).toBe(200)
      return response.text()
    }

    it('follows the briefing when absent: German for a German briefing, English otherwise', async () => {
      expect(await text('/api/rooms/deutsch/export?format=md')).toMatch(
        /^> \*\*NICHT VERIFIZIERT · \d+ offene Prüfungen\*\*$/m
      )
      expect(await text('/api/rooms/sample/export?format=md')).toContain(
        'NOT VERIFIED · 10 open checks'
      )
    })

    it('writes the export in the language asked for', async () => {
      const english = await text('/api/rooms/deutsch/export?format=md&lang=en')
      expect(english).toMatch(/^> \*\*NOT VERIFIED · \d+ open checks\*\*$/m)
      expect(english).toContain('## Review summary')
      const german = await text('/api/rooms/sample/export?format=html&lang=de')
      expect(german).toContain('<html lang="de">')
      expect(german).toContain('NICHT VERIFIZIERT · 10 offene Prüfungen')
      expect(german).toContain('<h2>Prüfübersicht</h2>')
    })

    it('sets the DOCX language and the open checks of a refusal to it', async () => {
      const docx = await get('/api/rooms/sample/export?format=docx&lang=de')
      const parts = unzipSync(new Uint8Array(await docx.arrayBuffer()))
      expect(strFromU8(parts['word/styles.xml'] ?? new Uint8Array())).toContain(
        '<w:lang w:val="de-DE"/>'
      )
      expect(strFromU8(parts['word/document.xml'] ?? new Uint8Array())).toContain(
        'NICHT VERIFIZIERT · 10 offene Prüfungen'
      )
      const refused = await get('/api/rooms/sample/export?format=md&require=verified&lang=de')
      expect(refused.status).toBe(409)
      const body = (await refused.json()) as { error: string; openChecks: { message: string }[] }
      // `error` stays English for scripts and logs; the checks speak the export's language.
      expect(body.error).toBe('10 open checks; the briefing is not verified')
      expect(body.openChecks[0]?.message).toBe(
        'Behauptung 2 („roughly 4,200 homes“) hat den Status „In Prüfung“, nicht „Verifiziert“.'
      )
    })
  })

  it('refuses other methods', async () => {
    const response = await fetch(`${server.url}/api/rooms/sample/export?format=md`, {
      method: 'POST'
    })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET')
  })
})
