/** What the other connections of a room receive once an update is stored and applied. */
import * as decoding from 'lib0/decoding'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readPlainText } from '../../src/collab/briefing-doc'
import { CloseCode } from '../../src/core/close-codes'
import { createClient, openRawSocket } from '../support/clients'
import { craftUnappliableUpdate } from '../support/crafted-update'
import type { TestServer } from '../support/test-server'
import { startTestServer } from '../support/test-server'
import { appendParagraph } from '../support/tiptap-doc'
import { waitFor } from '../support/wait-for'
import { syncFrame } from '../support/frames'

const SYNC = 0
const STEP_2 = 1
const UPDATE = 2

let server: TestServer | undefined

afterEach(async () => {
  await server?.close()
  server = undefined
})

/** The document updates among the frames a socket received (sync step 1, awareness etc. skipped). */
function updatesIn(frames: readonly Uint8Array[]): Uint8Array[] {
  return frames.flatMap((frame) => {
    const decoder = decoding.createDecoder(frame)
    if (decoding.readVarUint(decoder) !== SYNC) return []
    if (decoding.readVarUint(decoder) !== UPDATE) return []
    return [decoding.readVarUint8Array(decoder)]
  })
}

describe('relaying updates to the rest of the room', () => {
  it("sends a client's update to the others byte for byte, and not back to the sender", async () => {
    server = await startTestServer()
    const observer = await openRawSocket(`${server.syncUrl}/relay`)
    const sender = await openRawSocket(`${server.syncUrl}/relay`)
    const doc = new Y.Doc()
    appendParagraph(doc, 'The port handled 4.2 million containers.')
    const update = Y.encodeStateAsUpdate(doc)

    sender.socket.send(syncFrame(UPDATE, update))
    await waitFor(() => updatesIn(observer.messages).length === 1, 'the observer to get the update')
    expect(updatesIn(observer.messages)[0]).toEqual(update)
    // A round trip on the sender's socket: had anything been sent back, it would be here by now.
    const late = createClient(server.syncUrl, 'relay')
    await late.synced()
    expect(updatesIn(sender.messages)).toEqual([])
    late.destroy()
    observer.socket.close()
    sender.socket.close()
  })

  it('sends only what a returning client adds, not the state the room already has', async () => {
    server = await startTestServer()
    const alice = createClient(server.syncUrl, 'returning')
    await alice.synced()
    for (let index = 0; index < 50; index++) {
      appendParagraph(alice.doc, `Paragraph ${index} of the briefing, as everyone has it.`)
    }
    const shared = Y.encodeStateAsUpdate(alice.doc)
    const bob = createClient(server.syncUrl, 'returning')
    await waitFor(() => readPlainText(bob.doc) === readPlainText(alice.doc), 'the room to have it')
    const observer = await openRawSocket(`${server.syncUrl}/returning`)

    // Carol worked offline on a copy of the room; on reconnecting she sends her whole state.
    const carol = new Y.Doc()
    Y.applyUpdate(carol, shared)
    appendParagraph(carol, 'Written offline.')
    const carolState = Y.encodeStateAsUpdate(carol)
    const returning = await openRawSocket(`${server.syncUrl}/returning`)
    returning.socket.send(syncFrame(STEP_2, carolState))

    await waitFor(() => readPlainText(bob.doc).includes('Written offline.'), 'bob to see it')
    const relayed = updatesIn(observer.messages)
    const relayedBytes = relayed.reduce((total, update) => total + update.length, 0)
    expect(relayedBytes).toBeGreaterThan(0)
    expect(relayedBytes).toBeLessThan(carolState.length / 10)
    const check = new Y.Doc()
    Y.applyUpdate(check, shared)
    for (const update of relayed) Y.applyUpdate(check, update)
    expect(readPlainText(check)).toBe(readPlainText(carol))
    alice.destroy()
    bob.destroy()
    observer.socket.close()
    returning.socket.close()
  })

  it('sends nothing of an update that parses but fails to apply', async () => {
    server = await startTestServer()
    const observer = await openRawSocket(`${server.syncUrl}/poisoned`)
    const raw = await openRawSocket(`${server.syncUrl}/poisoned`)
    raw.socket.send(syncFrame(UPDATE, craftUnappliableUpdate()))
    expect(await raw.closed).toBe(CloseCode.malformedMessage)
    expect(observer.socket.readyState).toBe(observer.socket.OPEN)
    expect(updatesIn(observer.messages)).toEqual([])
    observer.socket.close()
  })
})
