import * as encoding from 'lib0/encoding'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readPlainText } from '../../src/collab/briefing-doc'
import { CloseCode } from '../../src/core/close-codes'
import { createMemoryStorage } from '../../server/storage/memory-storage'
import type { RoomStorage } from '../../server/storage/room-storage'
import { createClient, openRawSocket } from '../support/clients'
import { craftUnappliableUpdate } from '../support/crafted-update'
import type { TestServer } from '../support/test-server'
import { startTestServer } from '../support/test-server'
import { appendParagraph } from '../support/tiptap-doc'
import { waitFor } from '../support/wait-for'

let server: TestServer | undefined

afterEach(async () => {
  await server?.close()
  server = undefined
})

function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0)
  encoding.writeVarUint(encoder, 2)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}

describe('when an update cannot be stored or applied', () => {
  it('closes the socket with 1011 and does not apply an update it could not store', async () => {
    const memory = createMemoryStorage()
    const failing: RoomStorage = {
      ...memory,
      appendUpdate: (room, update) =>
        room === 'read-only'
          ? Promise.reject(new Error('disk full'))
          : memory.appendUpdate(room, update)
    }
    server = await startTestServer({ storage: failing })
    const observer = createClient(server.syncUrl, 'read-only')
    await observer.synced()

    const raw = await openRawSocket(`${server.syncUrl}/read-only`)
    const writer = new Y.Doc()
    appendParagraph(writer, 'never stored')
    raw.socket.send(updateFrame(Y.encodeStateAsUpdate(writer)))
    expect(await raw.closed).toBe(CloseCode.serverError)

    const late = createClient(server.syncUrl, 'read-only')
    await late.synced()
    expect(readPlainText(late.doc)).toBe('')
    expect(readPlainText(observer.doc)).toBe('')
    observer.destroy()
    late.destroy()
  })

  it('resets the room for an update that parses but does not apply; clients resync', async () => {
    server = await startTestServer()
    const alice = createClient(server.syncUrl, 'reset')
    await alice.synced()
    const aliceClosedWith: number[] = []
    alice.provider.on('connection-close', (event: { code: number } | null) => {
      if (event) aliceClosedWith.push(event.code)
    })

    const raw = await openRawSocket(`${server.syncUrl}/reset`)
    raw.socket.send(updateFrame(craftUnappliableUpdate()))
    expect(await raw.closed).toBe(CloseCode.roomReset)
    await waitFor(() => aliceClosedWith.includes(CloseCode.roomReset), 'alice sees the reset')

    // Alice reconnects on her own and the room works again.
    await waitFor(() => alice.provider.wsconnected && alice.provider.synced, 'alice reconnects')
    appendParagraph(alice.doc, 'after the reset')
    const bob = createClient(server.syncUrl, 'reset')
    await waitFor(() => readPlainText(bob.doc).includes('after the reset'), 'bob sees alice')
    const stored = await server.storage.loadUpdates('reset')
    const rebuilt = new Y.Doc()
    for (const { update } of stored) Y.applyUpdate(rebuilt, update)
    expect(readPlainText(rebuilt)).toContain('after the reset')
    alice.destroy()
    bob.destroy()
  })
})
