import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { encodeUpdate } from '../../server/protocol'
import { SyncExtensionType } from '../../src/core/sync-extensions'
import { createClient, openRawSocket } from '../support/clients'
import type { RawSocket } from '../support/clients'
import { startTestServer } from '../support/test-server'
import type { TestServer } from '../support/test-server'
import { appendParagraph } from '../support/tiptap-doc'
import { waitFor } from '../support/wait-for'

let server: TestServer
beforeEach(async () => {
  server = await startTestServer()
})
afterEach(async () => {
  await server.close()
})

function messageType(message: Uint8Array): number {
  return decoding.readVarUint(decoding.createDecoder(message))
}

function ackSnapshots(socket: RawSocket): Y.Snapshot[] {
  return socket.messages
    .filter((message) => messageType(message) === SyncExtensionType.ack)
    .map((message) => {
      const decoder = decoding.createDecoder(message)
      decoding.readVarUint(decoder)
      return Y.decodeSnapshot(decoding.readVarUint8Array(decoder))
    })
}

function localUpdate(text: string): Uint8Array {
  const doc = new Y.Doc()
  appendParagraph(doc, text)
  return Y.encodeStateAsUpdate(doc)
}

const PING = Uint8Array.of(SyncExtensionType.ping)

describe('the acknowledgement extension', () => {
  it('acknowledges a stored update to a client that opted in, with a snapshot containing it', async () => {
    const socket = await openRawSocket(`${server.syncUrl}/acked-room?acks=1`)
    const update = localUpdate('hello')
    socket.socket.send(encodeUpdate(update))
    await waitFor(() => ackSnapshots(socket).length > 0, 'an ack')
    const [snapshot] = ackSnapshots(socket)
    expect(snapshot && Y.snapshotContainsUpdate(snapshot, update)).toBe(true)
    const stored = await server.storage.loadUpdates('acked-room')
    expect(stored.length).toBeGreaterThan(0)
    socket.socket.close()
  })

  it('answers a ping with the current acknowledgement', async () => {
    const socket = await openRawSocket(`${server.syncUrl}/ping-room?acks=1`)
    socket.socket.send(PING)
    await waitFor(() => ackSnapshots(socket).length === 1, 'an answer to the ping')
    socket.socket.close()
  })

  it('never sends extension messages to a stock client, which keeps syncing', async () => {
    const raw = await openRawSocket(`${server.syncUrl}/stock-room`)
    raw.socket.send(encodeUpdate(localUpdate('stock')))
    raw.socket.send(PING)
    const stock = createClient(server.syncUrl, 'stock-room')
    await stock.synced()
    appendParagraph(stock.doc, 'more')
    // The room answers in order: once it has answered a query sent after the update and the
    // ping, it has handled both, and whatever it had to say to them has arrived.
    const answers = raw.messages.filter((message) => messageType(message) === 1).length
    raw.socket.send(Uint8Array.of(3))
    await waitFor(
      () => raw.messages.filter((message) => messageType(message) === 1).length > answers,
      'the answer to a query sent afterwards'
    )
    expect(raw.messages.map(messageType)).not.toContain(SyncExtensionType.ack)
    expect(raw.messages.map(messageType).every((type) => type <= 3)).toBe(true)
    stock.destroy()
    raw.socket.close()
  })

  it('acknowledges a reconnecting client’s sync step 2 even when it adds nothing', async () => {
    const socket = await openRawSocket(`${server.syncUrl}/step2-room?acks=1`)
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, 0)
    encoding.writeVarUint(encoder, 1)
    encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(new Y.Doc()))
    socket.socket.send(encoding.toUint8Array(encoder))
    await waitFor(() => ackSnapshots(socket).length === 1, 'an ack after sync step 2')
    socket.socket.close()
  })
})
