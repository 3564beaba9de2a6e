/**
 * The attacks of issue 9, each against the real server over real sockets:
 * unread send buffers, sync-request floods, quotas, malformed HTTP and probing.
 */
import * as decoding from 'lib0/decoding'
import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { CloseCode } from '../../src/core/close-codes'
import { openRawSocket, upgradeStatus } from '../support/clients'
import { rawHttp, statusCodes } from '../support/raw-http'
import type { TestServer, TestServerOptions } from '../support/test-server'
import { startTestServer } from '../support/test-server'
import { appendParagraph } from '../support/tiptap-doc'
import { waitFor, waitForAsync } from '../support/wait-for'
import { syncFrame } from '../support/frames'

let server: TestServer | undefined

afterEach(async () => {
  await server?.close()
  server = undefined
})

async function start(options: TestServerOptions = {}): Promise<TestServer> {
  server = await startTestServer(options)
  return server
}

const EMPTY_STATE_VECTOR = Y.encodeStateVector(new Y.Doc())
const syncRequest = (): Uint8Array => syncFrame(0, EMPTY_STATE_VECTOR)

function isAwareness(frame: Uint8Array): boolean {
  return frame[0] === 1
}

function countStep2(frames: readonly Uint8Array[]): number {
  return frames.filter((frame) => {
    const decoder = decoding.createDecoder(frame)
    return decoding.readVarUint(decoder) === 0 && decoding.readVarUint(decoder) === 1
  }).length
}

/** A room of roughly `bytes` of text, stored before anyone connects. */
async function storeLargeRoom(target: TestServer, room: string, bytes: number): Promise<void> {
  const doc = new Y.Doc()
  const line = 'Die Stadt meldet 240 Millionen Euro Mehreinnahmen laut Landesanzeiger. '
  for (let written = 0; written < bytes; written += line.length * 100) {
    appendParagraph(doc, line.repeat(100))
  }
  await target.storage.appendUpdate(room, Y.encodeStateAsUpdate(doc))
}

async function health(target: TestServer): Promise<{ rooms: number; connections: number }> {
  const response = await fetch(`${target.url}/healthz`)
  return (await response.json()) as { rooms: number; connections: number }
}

describe('memory per connection', () => {
  it('answers a flood of sync requests from one socket once per interval', async () => {
    const target = await start({ limits: { syncAnswerIntervalMs: 1_500 } })
    await storeLargeRoom(target, 'flooded', 200_000)
    const raw = await openRawSocket(`${target.syncUrl}/flooded`)
    for (let i = 0; i < 50; i++) raw.socket.send(syncRequest())
    // The room handles a socket's messages in order: once it has answered a query sent after
    // the flood, it has handled all 50 requests, and answered one of them.
    raw.socket.send(Uint8Array.of(3))
    await waitFor(() => raw.messages.some(isAwareness), 'the answer to the query after the flood')
    expect(countStep2(raw.messages)).toBe(1)
    // The newest request held back is answered once the interval is over, and only it.
    await waitFor(() => countStep2(raw.messages) === 2, 'the deferred answer', 5_000)
    const answered = raw.messages.length
    raw.socket.send(Uint8Array.of(3))
    await waitFor(() => raw.messages.slice(answered).some(isAwareness), 'a second query')
    expect(countStep2(raw.messages)).toBe(2)
    raw.socket.close()
  })

  it('closes a socket that does not read once its unsent data passes the limit', async () => {
    const target = await start({
      limits: { maxBufferedBytes: 512 * 1024, syncAnswerIntervalMs: 1 }
    })
    await storeLargeRoom(target, 'unread', 2_000_000)
    const socket = new WebSocket(`${target.syncUrl}/unread`)
    socket.on('error', () => undefined)
    await new Promise<void>((resolve) => socket.once('open', () => resolve()))
    // Stop reading: from here on the server's answers can only pile up.
    ;(socket as unknown as { _socket: { pause(): void } })._socket.pause()
    const stop = Date.now() + 8_000
    while ((await health(target)).connections > 0 && Date.now() < stop) {
      if (socket.readyState === socket.OPEN) socket.send(syncRequest())
    }
    expect((await health(target)).connections).toBe(0)
    socket.terminate()
  })
})

describe('quotas', () => {
  it('refuses updates past the room size quota and says which limit', async () => {
    const target = await start({ limits: { maxRoomBytes: 64 * 1024 } })
    const raw = await openRawSocket(`${target.syncUrl}/quota`)
    const writer = new Y.Doc()
    let before = Y.encodeStateVector(writer)
    for (let i = 0; i < 3; i++) {
      writer.getText('junk').insert(0, 'x'.repeat(40_000))
      raw.socket.send(syncFrame(2, Y.encodeStateAsUpdate(writer, before)))
      before = Y.encodeStateVector(writer)
    }
    expect(await raw.closed).toBe(CloseCode.policyViolation)
    expect(await raw.closeReason).toBe('room is full: stored size limit 64 KiB')
    const stored = await target.storage.loadUpdates('quota')
    expect(stored.reduce((sum, row) => sum + row.update.length, 0)).toBeLessThanOrEqual(64 * 1024)
  })

  it('closes a connection over its byte rate', async () => {
    const target = await start({
      limits: { maxBytesPerSecond: 16 * 1024, maxMessageBytes: 64 * 1024 }
    })
    const raw = await openRawSocket(`${target.syncUrl}/rate`)
    const writer = new Y.Doc()
    for (let i = 0; i < 4; i++) {
      const before = Y.encodeStateVector(writer)
      writer.getText('junk').insert(0, 'y'.repeat(30_000))
      if (raw.socket.readyState === raw.socket.OPEN) {
        raw.socket.send(syncFrame(2, Y.encodeStateAsUpdate(writer, before)))
      }
    }
    expect(await raw.closed).toBe(CloseCode.policyViolation)
    expect(await raw.closeReason).toBe('byte rate limit: 16 KiB per second')
  })

  it('closes a connection over its message rate', async () => {
    const target = await start({ limits: { maxMessagesPerSecond: 10 } })
    const raw = await openRawSocket(`${target.syncUrl}/chatty`)
    for (let i = 0; i < 40; i++) raw.socket.send(Uint8Array.of(3))
    expect(await raw.closed).toBe(CloseCode.policyViolation)
    expect(await raw.closeReason).toBe('message rate limit: 10 per second')
  })

  it('limits connections and rooms per address, naming the limit', async () => {
    const target = await start({
      limits: { maxConnectionsPerAddress: 2, maxRoomsPerAddressPerMinute: 3 }
    })
    const first = await openRawSocket(`${target.syncUrl}/one`)
    const second = await openRawSocket(`${target.syncUrl}/one`)
    expect(await upgradeStatus(`${target.syncUrl}/one`)).toBe(429)
    first.socket.close()
    second.socket.close()
    await waitForAsync(async () => (await health(target)).connections === 0, 'sockets closed')
    for (const room of ['two', 'three']) {
      const response = await fetch(`${target.url}/api/rooms/${room}/export?format=md`)
      expect(response.status).not.toBe(429)
    }
    const refused = await fetch(`${target.url}/api/rooms/four/export?format=md`)
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(await refused.json()).toEqual({
      error: 'too many rooms opened from this address (limit 3 per minute)'
    })
    // A room already opened in this minute stays reachable.
    expect(await upgradeStatus(`${target.syncUrl}/two`)).toBe(101)
  })
})

describe('malformed HTTP', () => {
  it('answers a bad request line with 400, a long URL with 414, large headers with 431', async () => {
    const { port } = await start()
    expect(statusCodes(await rawHttp(port, 'HELLO\r\n\r\n'))).toEqual([400])
    const nonAscii = Buffer.concat([
      Buffer.from('GET /api/rooms/'),
      Buffer.from([0xc3, 0xa4, 0xff]),
      Buffer.from('/export HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n')
    ])
    expect(statusCodes(await rawHttp(port, nonAscii))).toEqual([400])
    const longUrl = `GET /${'a'.repeat(21_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`
    expect(statusCodes(await rawHttp(port, longUrl))).toEqual([414])
    const mediumUrl = `GET /${'a'.repeat(9_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`
    expect(statusCodes(await rawHttp(port, mediumUrl))).toEqual([414])
    const bigHeader = `GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`
    expect(statusCodes(await rawHttp(port, bigHeader))).toEqual([431])
  })

  it('answers a valid request followed by garbage, then closes without carrying out more', async () => {
    const target = await start()
    const briefing = 'Eine Meldung.\n'
    const pipelined =
      'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n' +
      'NOT HTTP AT ALL\r\n\r\n' +
      `POST /api/rooms/after-garbage/briefing HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: ${briefing.length}\r\n\r\n${briefing}`
    const received = await rawHttp(target.port, pipelined)
    expect(statusCodes(received)).toEqual([200, 400])
    expect(received).toContain('"status":"ok"')
    expect(await target.storage.loadUpdates('after-garbage')).toEqual([])
  })

  it('lets an answer still being worked on finish before closing for the garbage behind it', async () => {
    const target = await start()
    await storeLargeRoom(target, 'slow-answer', 50_000)
    const pipelined =
      'GET /api/rooms/slow-answer/export?format=md HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n' +
      'NOT HTTP AT ALL\r\n\r\n'
    const received = await rawHttp(target.port, pipelined)
    expect(statusCodes(received)).toEqual([200])
    expect(received).toContain('Die Stadt meldet 240 Millionen Euro')
  })
})

describe('probing rooms', () => {
  it('answers a refused request for an existing room exactly like one for a missing room, loading neither', async () => {
    const target = await start({ authorize: (_request, room) => room === 'open' })
    await storeLargeRoom(target, 'secret', 1_000)
    const existing = await fetch(`${target.url}/api/rooms/secret/export?format=md`)
    const missing = await fetch(`${target.url}/api/rooms/no-such-room/export?format=md`)
    expect(existing.status).toBe(404)
    expect(missing.status).toBe(404)
    expect(await existing.text()).toBe(await missing.text())
    const briefing = await fetch(`${target.url}/api/rooms/secret/briefing`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: 'Überschrift\n'
    })
    expect(briefing.status).toBe(404)
    expect((await health(target)).rooms).toBe(0)
  })
})
