import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readPlainText, readSources } from '../../src/collab/briefing-doc'
import { createClient } from '../support/clients'
import type { TestServer } from '../support/test-server'
import { startTestServer } from '../support/test-server'
import { waitFor } from '../support/wait-for'

const BRIEFING = [
  '# Budget debate',
  '',
  'The minister said unemployment fell by 40 percent.',
  '',
  'The opposition called it the lowest figure since 1990.',
  '',
  'Sources:',
  'Federal statistics office: https://example.org/stats',
  'this line has no url'
].join('\n')

let server: TestServer

beforeAll(async () => {
  server = await startTestServer({ limits: { maxBriefingBytes: 4096 } })
})

afterAll(async () => {
  await server.close()
})

function postBriefing(
  room: string,
  body: string | Uint8Array,
  contentType = 'text/plain; charset=utf-8'
): Promise<Response> {
  return fetch(`${server.url}/api/rooms/${room}/briefing`, {
    method: 'POST',
    headers: { 'Content-Type': contentType },
    body
  })
}

describe('POST /api/rooms/ROOM/briefing', () => {
  it('seeds the room once; a connecting client sees paragraphs and sources', async () => {
    const response = await postBriefing('budget', BRIEFING)
    expect(response.status).toBe(201)
    expect(await response.json()).toEqual({
      room: 'budget',
      blocks: 3,
      sources: 1,
      rejected: [expect.objectContaining({ line: 9, text: 'this line has no url' })]
    })

    const client = createClient(server.syncUrl, 'budget')
    await client.synced()
    await waitFor(() => readSources(client.doc).length === 1, 'sources arrive')
    expect(readPlainText(client.doc)).toBe(
      [
        'Budget debate',
        'The minister said unemployment fell by 40 percent.',
        'The opposition called it the lowest figure since 1990.'
      ].join('\n')
    )
    expect(readSources(client.doc)).toEqual([
      { name: 'Federal statistics office', url: 'https://example.org/stats' }
    ])
    expect(client.doc.getMap('meta').get('title')).toBe('Budget debate')
    client.destroy()

    const again = await postBriefing('budget', BRIEFING)
    expect(again.status).toBe(409)
    expect(await again.json()).toMatchObject({ error: 'room already has content' })
  })

  it('reaches clients already in the room', async () => {
    const client = createClient(server.syncUrl, 'waiting-room')
    await client.synced()
    expect(
      (await postBriefing('waiting-room', 'One paragraph only.', 'text/markdown')).status
    ).toBe(201)
    await waitFor(() => readPlainText(client.doc) === 'One paragraph only.', 'live seed')
    client.destroy()
  })

  it.each([
    ['an empty body', ''],
    ['a whitespace body', ' \n\t\n'],
    ['a body with NUL bytes', new Uint8Array([0x48, 0x00, 0x49])],
    ['invalid UTF-8', new Uint8Array([0x48, 0xc3, 0x28])],
    ['an oversized body', 'x'.repeat(5000)],
    ['a briefing with only sources', 'Sources:\nA: https://example.org/a']
  ])('refuses %s with 400 and a one-line reason', async (_name, body) => {
    const response = await postBriefing('refused', body)
    expect(response.status).toBe(400)
    const { error } = (await response.json()) as { error: string }
    expect(error).toMatch(/^[^\n]+$/)
  })

  it('refuses other content types with 415', async () => {
    expect((await postBriefing('typed', '{"a":1}', 'application/json')).status).toBe(415)
  })

  it('refuses an invalid room name with 400', async () => {
    expect((await postBriefing('bad%20name', 'text')).status).toBe(400)
    expect((await postBriefing('-leading-dash', 'text')).status).toBe(400)
  })

  it('refuses other methods with 405', async () => {
    const response = await fetch(`${server.url}/api/rooms/budget/briefing`)
    expect(response.status).toBe(405)
  })

  it('answers /healthz with the number of loaded rooms and security headers', async () => {
    const response = await fetch(`${server.url}/healthz`)
    expect(response.status).toBe(200)
    const body = (await response.json()) as { status: string; rooms: number }
    expect(body.status).toBe('ok')
    expect(body.rooms).toBeGreaterThanOrEqual(0)
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
  })
})
