import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { briefingTitle } from './briefing-seed'
import { decodeBriefingText } from './briefing-route'
import { createSyncServer } from './create-sync-server'
import type { SyncServer } from './create-sync-server'
import { createMemoryStorage } from './storage/memory-storage'

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('decodeBriefingText', () => {
  it('accepts UTF-8 text, including umlauts and a BOM', () => {
    expect(decodeBriefingText(bytes('\uFEFFÄrzte sagen'))).toEqual({ text: 'Ärzte sagen' })
  })

  it.each([
    ['empty', new Uint8Array(0), /empty/],
    ['blank', bytes('  \n '), /empty/],
    ['NUL bytes', Uint8Array.from([65, 0, 66]), /binary/],
    ['invalid UTF-8', Uint8Array.from([0xff, 0xfe, 0x41]), /UTF-8/]
  ])('refuses %s', (_name, body, reason) => {
    const result = decodeBriefingText(body)
    expect('error' in result && result.error).toMatch(reason)
  })
})

describe('briefingTitle', () => {
  it('takes the first heading', () => {
    const title = briefingTitle({
      blocks: [
        { kind: 'paragraph', text: 'intro' },
        { kind: 'heading', level: 1, text: 'Budget' }
      ],
      sources: [],
      rejected: []
    })
    expect(title).toBe('Budget')
  })

  it('else shortens the first paragraph at a word boundary', () => {
    const text =
      'The minister claimed that unemployment fell by forty percent over the last three years alone.'
    const title = briefingTitle({
      blocks: [{ kind: 'paragraph', text }],
      sources: [],
      rejected: []
    })
    expect(title?.length).toBeLessThanOrEqual(81)
    expect(title).toMatch(/^The minister claimed .*\w…$/)
  })
})

describe('briefing route status codes', () => {
  let server: SyncServer
  let url: string

  beforeAll(async () => {
    server = createSyncServer({
      storage: createMemoryStorage(),
      limits: { maxBriefingBytes: 1024 }
    })
    url = (await server.listen(0)).url
  })

  afterAll(async () => {
    await server.close()
  })

  const post = (room: string, body: string | Uint8Array, type = 'text/plain'): Promise<Response> =>
    fetch(`${url}/api/rooms/${room}/briefing`, {
      method: 'POST',
      headers: { 'Content-Type': type },
      body
    })

  it('201 for text/plain with a charset, then 409', async () => {
    expect((await post('r1', 'A claim.', 'text/plain; charset=UTF-8')).status).toBe(201)
    expect((await post('r1', 'A claim.')).status).toBe(409)
  })

  it('201 for text/markdown', async () => {
    expect((await post('r2', '# Title\n\nBody.', 'text/markdown')).status).toBe(201)
  })

  it('400 for a streamed body beyond the limit, without a Content-Length', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(512))
    let sent = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 4) controller.enqueue(chunk)
        else controller.close()
      }
    })
    const response = await fetch(`${url}/api/rooms/r3/briefing`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body,
      duplex: 'half'
    })
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ error: 'body exceeds 1024 bytes' })
  })

  it('415 for another type, 400 for a bad room, 405 for GET', async () => {
    expect((await post('r4', 'x', 'application/octet-stream')).status).toBe(415)
    expect((await post('no%2Fslash', 'x')).status).toBe(400)
    expect((await fetch(`${url}/api/rooms/r4/briefing`)).status).toBe(405)
    expect((await fetch(`${url}/api/rooms/r4/other`)).status).toBe(404)
  })
})
