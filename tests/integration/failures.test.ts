import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readPlainText } from '../../src/collab/briefing-doc'
import { CloseCode } from '../../src/core/close-codes'
import { createMemoryStorage } from '../../server/storage/memory-storage'
import type { RoomStorage } from '../../server/storage/room-storage'
import { createClient, openRawSocket, upgradeStatus } from '../support/clients'
import { craftUnappliableUpdate } from '../support/crafted-update'
import type { TestServer } from '../support/test-server'
import { startTestServer } from '../support/test-server'
import { appendParagraph } from '../support/tiptap-doc'
import { waitFor, waitForAsync } from '../support/wait-for'
import { updateFrame } from '../support/frames'

let server: TestServer | undefined

afterEach(async () => {
  await server?.close()
  server = undefined
})

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

  it('refuses an update that does not apply and closes only its sender; the room goes on', async () => {
    server = await startTestServer()
    const alice = createClient(server.syncUrl, 'poisoned')
    await alice.synced()
    appendParagraph(alice.doc, 'before the attack')
    const aliceClosedWith: number[] = []
    alice.provider.on('connection-close', (event: { code: number } | null) => {
      if (event) aliceClosedWith.push(event.code)
    })
    await waitForAsync(
      async () => (await server?.storage.loadUpdates('poisoned'))?.length === 1,
      'stored'
    )

    const raw = await openRawSocket(`${server.syncUrl}/poisoned`)
    raw.socket.send(updateFrame(craftUnappliableUpdate()))
    expect(await raw.closed).toBe(CloseCode.malformedMessage)

    // Alice never noticed: still connected, and the room takes her next edit at once.
    appendParagraph(alice.doc, 'after the attack')
    const bob = createClient(server.syncUrl, 'poisoned')
    await waitFor(() => readPlainText(bob.doc).includes('after the attack'), 'bob sees alice')
    expect(aliceClosedWith).toEqual([])
    expect(alice.provider.wsconnected).toBe(true)
    // Nothing of the refused update was stored.
    const stored = await server.storage.loadUpdates('poisoned')
    expect(stored).toHaveLength(2)
    const rebuilt = new Y.Doc()
    for (const { update } of stored) Y.applyUpdate(rebuilt, update)
    expect(readPlainText(rebuilt)).toBe(readPlainText(alice.doc))
    alice.destroy()
    bob.destroy()
  })

  it('refuses upgrades from an address that keeps sending such updates, for a while', async () => {
    server = await startTestServer({ limits: { offenderBackoffMs: 60_000 } })
    const honest = createClient(server.syncUrl, 'target')
    await honest.synced()
    for (let attempt = 0; attempt < 2; attempt++) {
      const raw = await openRawSocket(`${server.syncUrl}/target`)
      raw.socket.send(updateFrame(craftUnappliableUpdate()))
      expect(await raw.closed).toBe(CloseCode.malformedMessage)
    }
    expect(await upgradeStatus(`${server.syncUrl}/target`)).toBe(429)
    expect(await upgradeStatus(`${server.syncUrl}/elsewhere`)).toBe(429)
    // The honest client that was already connected stays connected.
    expect(honest.provider.wsconnected).toBe(true)
    honest.destroy()
  })
})
