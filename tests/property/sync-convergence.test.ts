/**
 * Property: whatever stock clients do (concurrent edits, paragraphs inserted
 * and removed, disconnects mid-way), once all are connected again every
 * client and the server hold the same document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { documentFragment, readPlainText } from '../../src/collab/briefing-doc'
import type { TestClient } from '../support/clients'
import { createClient } from '../support/clients'
import type { Prng } from '../support/prng'
import { createPrng } from '../support/prng'
import type { TestServer } from '../support/test-server'
import { startTestServer } from '../support/test-server'
import { insertParagraph, paragraphText } from '../support/tiptap-doc'
import { delay, waitFor } from '../support/wait-for'

const SEEDS = 60
const CLIENTS = 5
const STEPS = 40

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})

afterAll(async () => {
  await server.close()
})

/** One random edit of `doc` in TipTap's layout. */
function randomEdit(doc: Y.Doc, random: Prng): void {
  const fragment = documentFragment(doc)
  const blocks = fragment.length
  const roll = random.next()
  if (blocks === 0 || roll < 0.15) {
    insertParagraph(doc, random.int(blocks + 1), random.word())
    return
  }
  const index = random.int(blocks)
  if (roll < 0.22) {
    fragment.delete(index, 1)
    return
  }
  const text = paragraphText(doc, index)
  if (!text) return
  if (roll < 0.7 || text.length === 0) {
    text.insert(random.int(text.length + 1), random.word(4))
  } else {
    const start = random.int(text.length)
    text.delete(start, 1 + random.int(Math.min(5, text.length - start)))
  }
}

function documentsOf(clients: readonly TestClient[]): string[] {
  return clients.map((client) => JSON.stringify(documentFragment(client.doc).toJSON()))
}

function stateVectorsOf(clients: readonly TestClient[]): string[] {
  return clients.map((client) => Buffer.from(Y.encodeStateVector(client.doc)).toString('hex'))
}

const allSame = (values: readonly string[]): boolean => values.every((v) => v === values[0])

async function runSeed(seed: number): Promise<void> {
  const random = createPrng(seed)
  const room = `convergence-${seed}`
  const clients = Array.from({ length: CLIENTS }, () => createClient(server.syncUrl, room))
  try {
    await Promise.all(clients.map((client) => client.synced()))
    for (let step = 0; step < STEPS; step++) {
      const client = random.pick(clients)
      if (random.chance(0.12)) {
        if (client.provider.shouldConnect) client.provider.disconnect()
        else client.provider.connect()
      } else {
        randomEdit(client.doc, random)
      }
      if (random.chance(0.3)) await delay(random.int(3))
    }
    for (const client of clients) if (!client.provider.shouldConnect) client.provider.connect()
    await waitFor(
      () => allSame(stateVectorsOf(clients)) && allSame(documentsOf(clients)),
      () => `seed ${seed}: clients did not converge: ${documentsOf(clients).join(' | ')}`
    )
    const latecomer = createClient(server.syncUrl, room)
    clients.push(latecomer)
    await latecomer.synced()
    await waitFor(
      () => allSame(stateVectorsOf(clients)),
      () => `seed ${seed}: a new client did not get the server's copy`
    )
    const texts = clients.map((client) => readPlainText(client.doc))
    expect(new Set(documentsOf(clients)).size, `seed ${seed}: documents differ`).toBe(1)
    expect(new Set(texts).size, `seed ${seed}: texts differ: ${texts.join(' | ')}`).toBe(1)
  } finally {
    for (const client of clients) client.destroy()
  }
}

describe('sync convergence through the real server', () => {
  it(`converges for ${SEEDS} seeds of random edits and reconnects`, async () => {
    for (let seed = 1; seed <= SEEDS; seed++) {
      try {
        await runSeed(seed)
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        throw new Error(`failing seed ${seed}: ${message}`, { cause: error })
      }
    }
  })
})
