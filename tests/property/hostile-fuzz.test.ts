/**
 * Bounded fuzz: attacker sockets send about 1,200 malformed frames of 14 kinds into a room
 * while stock y-websocket clients edit it. Every honest client stays connected, all converge,
 * everything honest survives a restart on the same SQLite file, and the heap stays bounded.
 * Attackers connect from other loopback addresses (127.0.0.2 …), so the back-off that refuses
 * repeat offenders falls on them and not on the honest reviewers at 127.0.0.1.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as encoding from 'lib0/encoding'
import { afterAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { readPlainText } from '../../src/collab/briefing-doc'
import { createSqliteStorage } from '../../server/storage/sqlite-storage'
import { createClient } from '../support/clients'
import type { TestClient } from '../support/clients'
import { craftUnappliableUpdate } from '../support/crafted-update'
import { createPrng } from '../support/prng'
import type { Prng } from '../support/prng'
import { startTestServer } from '../support/test-server'
import { appendParagraph } from '../support/tiptap-doc'
import { delay, waitFor } from '../support/wait-for'

const root = mkdtempSync(join(tmpdir(), 'claimdesk-fuzz-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const FRAMES = 1_200
/** Heap growth allowed over the run, after the honest documents themselves. */
const HEAP_BOUND_BYTES = 96 * 1024 * 1024

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder()
  write(encoder)
  return encoding.toUint8Array(encoder)
}

function randomBytes(random: Prng, length: number): Uint8Array {
  return Uint8Array.from({ length }, () => random.int(256))
}

/** An update that needs a change nobody will ever send. */
function updateWithMissingDependency(random: Prng): Uint8Array {
  const doc = new Y.Doc()
  doc.clientID = 10_000 + random.int(1_000_000)
  appendParagraph(doc, 'first')
  const before = Y.encodeStateVector(doc)
  appendParagraph(doc, 'second')
  return Y.encodeStateAsUpdate(doc, before)
}

const unappliable = craftUnappliableUpdate()

/** The malformed frames, one builder per kind; each must be refused by the server. */
const KINDS: readonly ((random: Prng) => Uint8Array | string)[] = [
  () => new Uint8Array(0),
  () => 'a text frame',
  (random) => frame((e) => encoding.writeVarUint(e, 50 + random.int(60))),
  () => frame((e) => (encoding.writeVarUint(e, 0), encoding.writeVarUint(e, 9))),
  () =>
    frame(
      (e) => (
        encoding.writeVarUint(e, 0),
        encoding.writeVarUint(e, 2),
        encoding.writeVarUint(e, 1_000)
      )
    ),
  (random) => randomBytes(random, 1 + random.int(64)),
  (random) =>
    frame(
      (e) => (
        encoding.writeVarUint(e, 0),
        encoding.writeVarUint(e, 0),
        encoding.writeVarUint8Array(e, randomBytes(random, 9))
      )
    ),
  (random) =>
    frame(
      (e) => (
        encoding.writeVarUint(e, 0),
        encoding.writeVarUint(e, 2),
        encoding.writeVarUint8Array(e, randomBytes(random, 40))
      )
    ),
  () =>
    frame(
      (e) => (
        encoding.writeVarUint(e, 0),
        encoding.writeVarUint(e, 2),
        encoding.writeVarUint8Array(e, unappliable)
      )
    ),
  (random) =>
    frame(
      (e) => (
        encoding.writeVarUint(e, 0),
        encoding.writeVarUint(e, 2),
        encoding.writeVarUint8Array(e, updateWithMissingDependency(random))
      )
    ),
  () =>
    frame((e) => {
      encoding.writeVarUint(e, 1)
      encoding.writeVarUint8Array(
        e,
        frame(
          (a) => (
            encoding.writeVarUint(a, 1),
            encoding.writeVarUint(a, 5),
            encoding.writeVarUint(a, 1),
            encoding.writeVarString(a, '{not json')
          )
        )
      )
    }),
  () =>
    frame(
      (e) => (encoding.writeVarUint(e, 1), encoding.writeVarUint8Array(e, Uint8Array.of(0, 7, 7)))
    ),
  () => frame((e) => (encoding.writeVarUint(e, 3), encoding.writeVarUint(e, 3))),
  () =>
    frame(
      (e) => (
        encoding.writeVarUint(e, 0),
        encoding.writeVarUint(e, 1),
        encoding.writeUint32(e, 0xffffffff),
        encoding.writeUint32(e, 0xffffffff)
      )
    )
]

/** Opens a socket from `localAddress`, sends `payload`, and resolves once it closed (true if it was accepted). */
function attack(url: string, localAddress: string, payload: Uint8Array | string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, { localAddress })
    let opened = false
    const timer = setTimeout(() => socket.terminate(), 3_000)
    socket.on('error', () => undefined)
    socket.once('open', () => {
      opened = true
      socket.send(payload, { binary: typeof payload !== 'string' })
    })
    socket.once('close', () => {
      clearTimeout(timer)
      resolve(opened)
    })
  })
}

describe('malformed frames from attackers while reviewers edit', () => {
  it('costs the honest reviewers nothing', { timeout: 120_000 }, async () => {
    const file = join(root, 'fuzz', 'claimdesk.sqlite')
    const server = await startTestServer({
      storage: createSqliteStorage(file),
      limits: { compactAfterUpdates: 50, compactDelayMs: 20 }
    })
    const heapBefore = process.memoryUsage().heapUsed
    const honest: TestClient[] = [0, 1, 2].map(() => createClient(server.syncUrl, 'contested'))
    await Promise.all(honest.map((client) => client.synced()))
    const closes: number[] = []
    for (const client of honest) {
      client.provider.on('connection-close', (event: { code: number } | null) =>
        closes.push(event?.code ?? 0)
      )
    }

    const random = createPrng(2026)
    let delivered = 0
    const written: string[] = []
    for (let sent = 0; sent < FRAMES; sent += 12) {
      const batch = Array.from({ length: 12 }, (_, i) => {
        const kind = (sent + i) % KINDS.length
        const build = KINDS[kind]
        if (!build) throw new Error('no such kind')
        return attack(`${server.syncUrl}/contested`, `127.0.0.${2 + kind}`, build(random))
      })
      const writer = honest[(sent / 12) % honest.length]
      const line = `honest line ${sent / 12}`
      if (writer) appendParagraph(writer.doc, line)
      written.push(line)
      delivered += (await Promise.all(batch)).filter(Boolean).length
    }
    expect(delivered).toBeGreaterThan(1_000)

    const expected = written.join('\n')
    await waitFor(
      () =>
        honest.every(
          (client) =>
            readPlainText(client.doc).split('\n').sort().join('\n') ===
            [...written].sort().join('\n')
        ),
      'every honest client to have every honest line'
    )
    const texts = honest.map((client) => readPlainText(client.doc))
    expect(new Set(texts).size).toBe(1)
    expect(closes).toEqual([])
    expect(honest.every((client) => client.provider.wsconnected)).toBe(true)
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(HEAP_BOUND_BYTES)

    await delay(100)
    for (const client of honest) client.destroy()
    await server.close()
    const restarted = await startTestServer({ storage: createSqliteStorage(file) })
    const reader = createClient(restarted.syncUrl, 'contested')
    await reader.synced()
    expect(readPlainText(reader.doc)).toBe(texts[0])
    expect(readPlainText(reader.doc).split('\n').sort()).toEqual(expected.split('\n').sort())
    reader.destroy()
    await restarted.close()
  })
})
