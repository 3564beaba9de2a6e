import { connect } from 'node:net'
import type { Socket } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readPlainText } from '../../src/collab/briefing-doc'
import { CloseCode } from '../../src/core/close-codes'
import { createClient, openRawSocket } from '../support/clients'
import type { TestServer } from '../support/test-server'
import { startTestServer } from '../support/test-server'
import { appendParagraph } from '../support/tiptap-doc'
import { waitFor, waitForAsync } from '../support/wait-for'

let server: TestServer | undefined

afterEach(async () => {
  await server?.close()
  server = undefined
})

async function loadedRooms(url: string): Promise<number> {
  const body = (await (await fetch(`${url}/healthz`)).json()) as { rooms: number }
  return body.rooms
}

/** Opens a WebSocket by hand and then never answers anything, pings included. */
function openSilentSocket(port: number, path: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(
        `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n'
      )
    })
    socket.once('data', (chunk: Buffer) => {
      if (chunk.toString().startsWith('HTTP/1.1 101')) resolve(socket)
      else reject(new Error(chunk.toString()))
    })
    socket.on('error', () => undefined)
  })
}

describe('room lifecycle', () => {
  it('unloads an idle room, compacting it, and reloads it intact', async () => {
    server = await startTestServer({ limits: { idleUnloadMs: 50 } })
    const writer = createClient(server.syncUrl, 'idle')
    await writer.synced()
    for (const word of ['alpha', 'beta', 'gamma']) appendParagraph(writer.doc, word)
    const observer = createClient(server.syncUrl, 'idle')
    await waitFor(() => readPlainText(observer.doc) === 'alpha\nbeta\ngamma', 'observer')
    expect(await loadedRooms(server.url)).toBe(1)
    writer.destroy()
    observer.destroy()

    const { url, storage } = server
    await waitForAsync(async () => (await loadedRooms(url)) === 0, 'room unloads')
    // The unloading room compacts in the worker thread, after it left the registry.
    await waitForAsync(
      async () => (await storage.loadUpdates('idle')).length === 1,
      'the unloaded room compacted to one row'
    )

    const reader = createClient(server.syncUrl, 'idle')
    await reader.synced()
    expect(readPlainText(reader.doc)).toBe('alpha\nbeta\ngamma')
    reader.destroy()
  })

  it('compacts in the background while clients stay connected', async () => {
    server = await startTestServer({ limits: { compactAfterUpdates: 5, compactDelayMs: 1 } })
    const { storage } = server
    const writer = createClient(server.syncUrl, 'busy')
    await writer.synced()
    for (let i = 0; i < 20; i++) appendParagraph(writer.doc, `line ${i}`)
    const observer = createClient(server.syncUrl, 'busy')
    await waitFor(() => readPlainText(observer.doc).includes('line 19'), 'observer')
    await waitForAsync(
      async () => (await storage.loadUpdates('busy')).length < 5,
      'stored updates compacted'
    )
    const rebuilt = new Y.Doc()
    for (const { update } of await storage.loadUpdates('busy')) Y.applyUpdate(rebuilt, update)
    expect(readPlainText(rebuilt)).toBe(readPlainText(writer.doc))
    for (const client of [writer, observer]) client.destroy()
  })

  it('keeps data when clients come back while the room is unloading', async () => {
    server = await startTestServer({ limits: { idleUnloadMs: 1 } })
    for (let round = 0; round < 10; round++) {
      const client = createClient(server.syncUrl, 'flapping')
      await client.synced()
      expect(readPlainText(client.doc).split('\n').filter(Boolean)).toHaveLength(round)
      appendParagraph(client.doc, `round ${round}`)
      const check = createClient(server.syncUrl, 'flapping')
      await waitFor(() => readPlainText(check.doc).includes(`round ${round}`), `round ${round}`)
      client.destroy()
      check.destroy()
    }
  })

  it('closes sockets with 1001 on close()', async () => {
    server = await startTestServer()
    const raw = await openRawSocket(`${server.syncUrl}/closing`)
    const closing = server.close()
    expect(await raw.closed).toBe(CloseCode.goingAway)
    await closing
    server = undefined
  })

  it('terminates a socket that stops answering pings', async () => {
    server = await startTestServer({ limits: { heartbeatMs: 50 } })
    const healthy = createClient(server.syncUrl, 'heartbeat')
    await healthy.synced()
    const healthyCloses: unknown[] = []
    healthy.provider.on('connection-close', (event: unknown) => healthyCloses.push(event))
    const silent = await openSilentSocket(server.port, '/sync/heartbeat')
    await new Promise<void>((resolve) => silent.once('close', () => resolve()))
    // The silent socket missed several pings; the healthy one answered them all.
    expect(healthyCloses).toEqual([])
    expect(healthy.provider.wsconnected).toBe(true)
    healthy.destroy()
  })
})
