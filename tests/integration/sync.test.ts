import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readPlainText } from '../../src/collab/briefing-doc'
import { createMemoryStorage } from '../../server/storage/memory-storage'
import type { TestClient } from '../support/clients'
import { createClient, openRawSocket } from '../support/clients'
import type { TestServer } from '../support/test-server'
import { startTestServer, withSlowLoads } from '../support/test-server'
import { appendParagraph, paragraphText } from '../support/tiptap-doc'
import { waitFor } from '../support/wait-for'

let server: TestServer | undefined
const clients: TestClient[] = []

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await server?.close()
  server = undefined
})

function connect(room: string): TestClient {
  if (!server) throw new Error('no server')
  const client = createClient(server.syncUrl, room)
  clients.push(client)
  return client
}

describe('stock y-websocket clients through the server', () => {
  it('carries text typed in one client to another', async () => {
    server = await startTestServer()
    const alice = connect('newsroom')
    const bob = connect('newsroom')
    await Promise.all([alice.synced(), bob.synced()])
    appendParagraph(alice.doc, 'The minister said 40 percent.')
    await waitFor(() => readPlainText(bob.doc) === 'The minister said 40 percent.', 'bob sees text')
    paragraphText(bob.doc, 0)?.insert(0, 'Fact: ')
    await waitFor(
      () => readPlainText(alice.doc) === 'Fact: The minister said 40 percent.',
      'alice sees bob'
    )
  })

  it('gives a late joiner the whole document', async () => {
    server = await startTestServer()
    const alice = connect('late')
    await alice.synced()
    appendParagraph(alice.doc, 'first')
    appendParagraph(alice.doc, 'second')
    const carol = connect('late')
    await carol.synced()
    await waitFor(() => readPlainText(carol.doc) === 'first\nsecond', 'carol gets both')
  })

  it('keeps rooms apart', async () => {
    server = await startTestServer()
    const alice = connect('room-one')
    const bob = connect('room-two')
    const carol = connect('room-one')
    await Promise.all([alice.synced(), bob.synced(), carol.synced()])
    appendParagraph(alice.doc, 'only room one')
    await waitFor(() => readPlainText(carol.doc) === 'only room one', 'carol sees it')
    expect(readPlainText(bob.doc)).toBe('')
  })

  it('relays awareness and removes the states of a closed connection', async () => {
    server = await startTestServer()
    const alice = connect('aware')
    const bob = connect('aware')
    await Promise.all([alice.synced(), bob.synced()])
    alice.provider.awareness.setLocalStateField('user', { name: 'Alice' })
    const aliceId = alice.doc.clientID
    await waitFor(
      () => bob.provider.awareness.getStates().get(aliceId)?.user !== undefined,
      'bob sees alice'
    )
    expect(bob.provider.awareness.getStates().get(aliceId)?.user).toEqual({ name: 'Alice' })
    // Disconnecting without a goodbye: only the server can tell bob that alice left.
    alice.provider.shouldConnect = false
    ;(alice.provider.ws as unknown as { terminate(): void }).terminate()
    await waitFor(() => !bob.provider.awareness.getStates().has(aliceId), 'alice state removed')
  })

  it('loads the stored document before the first sync reply', async () => {
    const storage = createMemoryStorage()
    const seed = new Y.Doc()
    appendParagraph(seed, 'stored before anyone connected')
    await storage.appendUpdate('stored', Y.encodeStateAsUpdate(seed))
    server = await startTestServer({ storage: withSlowLoads(storage, 150) })

    const raw = await openRawSocket(`${server.syncUrl}/stored`)
    const step1 = encoding.createEncoder()
    encoding.writeVarUint(step1, 0)
    encoding.writeVarUint(step1, 0)
    encoding.writeVarUint8Array(step1, Y.encodeStateVector(new Y.Doc()))
    raw.socket.send(encoding.toUint8Array(step1))
    await waitFor(() => raw.messages.length >= 2, 'two sync messages')

    const [first, second] = raw.messages.map((message) => decoding.createDecoder(message))
    if (!first || !second) throw new Error('missing messages')
    expect([decoding.readVarUint(first), decoding.readVarUint(first)]).toEqual([0, 0])
    const serverState = Y.decodeStateVector(decoding.readVarUint8Array(first))
    expect(serverState.get(seed.clientID)).toBeGreaterThan(0)
    expect([decoding.readVarUint(second), decoding.readVarUint(second)]).toEqual([0, 1])
    const received = new Y.Doc()
    Y.applyUpdate(received, decoding.readVarUint8Array(second))
    expect(readPlainText(received)).toBe('stored before anyone connected')
    raw.socket.close()

    const client = connect('stored')
    await client.synced()
    expect(readPlainText(client.doc)).toBe('stored before anyone connected')
  })
})
