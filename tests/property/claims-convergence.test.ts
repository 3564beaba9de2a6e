/**
 * Property: whatever stock clients do to the text and the claims at once (tag, status, source,
 * comment, delete the quoted text, split paragraphs, drop off and come back), once all are
 * connected again every replica holds the same claims, each claim's mark covers the same text
 * everywhere, and no claim that was created is lost (its text may be gone: then it is detached).
 */
import { getSchema, Mark } from '@tiptap/core'
import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model'
import StarterKit from '@tiptap/starter-kit'
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { documentFragment } from '../../src/collab/briefing-doc'
import { anchoredClaimIds, CLAIM_MARK_NAME } from '../../src/collab/claims/anchored-claims'
import { readClaimComments } from '../../src/collab/claims/claim-comments-doc'
import { claimsMap, readClaims } from '../../src/collab/claims/claims-doc'
import { addSourceToLibrary } from '../../src/collab/claims/source-library-doc'
import { randomClaimEdit } from '../support/claim-edits'
import { claimCoverage, claimMarkKey, markClaim } from '../support/claim-marks'
import type { TestClient } from '../support/clients'
import { createClient } from '../support/clients'
import { createPrng } from '../support/prng'
import type { TestServer } from '../support/test-server'
import { startTestServer } from '../support/test-server'
import { appendParagraph, paragraphText } from '../support/tiptap-doc'
import { delay, waitFor } from '../support/wait-for'

const SEEDS = 60
const CLIENTS = 5
const STEPS = 60

/** The editor's schema: StarterKit plus a claim mark shaped like the editor's (id only, overlapping). */
const CLAIM_MARK = Mark.create({
  name: CLAIM_MARK_NAME,
  excludes: '',
  inclusive: false,
  addAttributes: () => ({ id: { default: null } })
})
const schema: Schema = getSchema([StarterKit.configure({ undoRedo: false }), CLAIM_MARK])

/** Claim id → covered text, read back through y-tiptap into ProseMirror, as the editor sees it. */
function coverageSeenByEditor(fragment: Y.XmlFragment): Map<string, string> {
  const root = yXmlFragmentToProseMirrorRootNode(fragment, schema)
  const covered = new Map<string, string[]>()
  root.descendants((block) => {
    if (!block.isTextblock) return true
    for (const [id, text] of blockCoverage(block)) {
      covered.set(id, [...(covered.get(id) ?? []), text])
    }
    return false
  })
  return new Map([...covered].map(([id, parts]) => [id, parts.join('\n')] as const))
}

function blockCoverage(block: ProseMirrorNode): Map<string, string> {
  const covered = new Map<string, string>()
  const lastChild = new Map<string, number>()
  block.forEach((child, _offset, index) => {
    for (const mark of child.marks) {
      if (mark.type.name !== CLAIM_MARK_NAME) continue
      const id = String(mark.attrs['id'])
      const gap = lastChild.has(id) && lastChild.get(id) !== index - 1 ? '|' : ''
      covered.set(id, (covered.get(id) ?? '') + gap + (child.text ?? ''))
      lastChild.set(id, index)
    }
  })
  return covered
}

const sorted = (map: ReadonlyMap<string, string>): string => JSON.stringify([...map].sort())

describe('the claim mark encoding', () => {
  it('is the key y-tiptap itself writes for a claim mark', () => {
    const doc = new Y.Doc()
    const json = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'GDP ', marks: [{ type: 'claim', attrs: { id: 'outer' } }] },
            {
              type: 'text',
              text: 'grew',
              marks: [{ type: 'bold' }, ...['outer', 'inner'].map((id) => claimJson(id))]
            }
          ]
        }
      ]
    }
    prosemirrorJSONToYXmlFragment(schema, json, doc.getXmlFragment('document'))
    const keys = (paragraphText(doc, 0)?.toDelta() as { attributes?: object }[]).flatMap((op) =>
      Object.keys(op.attributes ?? {})
    )
    expect(new Set(keys)).toEqual(new Set(['bold', claimMarkKey('outer'), claimMarkKey('inner')]))
  })

  it('reads back through y-tiptap as the same overlapping claim marks', () => {
    const doc = new Y.Doc()
    appendParagraph(doc, 'GDP grew 3% last year.')
    const text = paragraphText(doc, 0)
    if (!text) throw new Error('expected a paragraph')
    markClaim(text, 0, 11, 'outer')
    markClaim(text, 4, 4, 'inner')
    const expected = new Map([
      ['outer', 'GDP grew 3%'],
      ['inner', 'grew']
    ])
    expect(sorted(coverageSeenByEditor(documentFragment(doc)))).toBe(sorted(expected))
    expect(sorted(claimCoverage(documentFragment(doc)).covered)).toBe(sorted(expected))
  })
})

function claimJson(id: string): { type: string; attrs: { id: string } } {
  return { type: 'claim', attrs: { id } }
}

/** Everything that must be equal on every replica, as one comparable string. */
function fingerprint(doc: Y.Doc): string {
  const claims = readClaims(doc)
  return JSON.stringify({
    text: documentFragment(doc).toJSON(),
    claims,
    comments: claims.map((claim) => readClaimComments(doc, claim.id))
  })
}

const allSame = (values: readonly string[]): boolean => values.every((v) => v === values[0])
const stateVector = (client: TestClient): string =>
  Buffer.from(Y.encodeStateVector(client.doc)).toString('hex')

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})

afterAll(async () => {
  await server.close()
})

/** One client seeds the room once, as the server's briefing import would; the others sync it. */
async function seedRoom(clients: readonly TestClient[], seed: number): Promise<void> {
  const [first] = clients
  if (!first) throw new Error('no clients')
  first.doc.transact(() => {
    for (let i = 0; i < 3; i++)
      appendParagraph(first.doc, `Paragraph ${i} of seed ${seed} says GDP grew.`)
    addSourceToLibrary(first.doc, { name: 'Stats office', url: 'https://stats.example/gdp' })
  })
  await waitFor(
    () => clients.every((client) => documentFragment(client.doc).length === 3),
    `seed ${seed}: the seeded room did not reach every client`
  )
}

/** How many claims a seed created and how many still had text at the end. */
interface SeedOutcome {
  readonly created: number
  readonly anchored: number
}

async function runSeed(seed: number): Promise<SeedOutcome> {
  const random = createPrng(seed)
  const room = `claims-convergence-${seed}`
  const clients = Array.from({ length: CLIENTS }, () => createClient(server.syncUrl, room))
  const created = new Set<string>()
  let counter = 0
  try {
    await Promise.all(clients.map((client) => client.synced()))
    await seedRoom(clients, seed)
    for (let step = 0; step < STEPS; step++) {
      const index = random.int(clients.length)
      const client = clients[index] as TestClient
      if (random.chance(0.1)) {
        if (client.provider.shouldConnect) client.provider.disconnect()
        else client.provider.connect()
      } else {
        randomClaimEdit({
          doc: client.doc,
          random,
          author: `Reviewer ${index}`,
          nextId: (prefix) => `${prefix}-${seed}-${index}-${counter++}`,
          created
        })
      }
      if (random.chance(0.3)) await delay(random.int(3))
    }
    for (const client of clients) if (!client.provider.shouldConnect) client.provider.connect()
    await waitFor(
      () => allSame(clients.map(stateVector)) && allSame(clients.map((c) => fingerprint(c.doc))),
      () => `seed ${seed}: replicas did not converge`
    )
    const latecomer = createClient(server.syncUrl, room)
    clients.push(latecomer)
    await latecomer.synced()
    await waitFor(
      () => allSame(clients.map(stateVector)),
      `seed ${seed}: a new client did not get the server's copy`
    )
    checkReplicas(seed, clients, created)
    const anchored = anchoredClaimIds(documentFragment(latecomer.doc)).size
    return { created: created.size, anchored }
  } finally {
    for (const client of clients) client.destroy()
  }
}

function checkReplicas(seed: number, clients: readonly TestClient[], created: Set<string>): void {
  const coverages = clients.map((client) => claimCoverage(documentFragment(client.doc)))
  const [reference] = coverages
  if (!reference) throw new Error('no replicas')
  coverages.forEach((coverage, i) => {
    expect(coverage.badKeys, `seed ${seed}: replica ${i} has mis-keyed marks`).toEqual([])
    expect(sorted(coverage.covered), `seed ${seed}: replica ${i} resolves claims differently`).toBe(
      sorted(reference.covered)
    )
  })
  const fingerprints = clients.map((client) => fingerprint(client.doc))
  expect(new Set(fingerprints).size, `seed ${seed}: replicas differ in text or claims`).toBe(1)
  for (const [i, client] of clients.entries()) {
    const missing = [...created].filter((id) => !claimsMap(client.doc).has(id))
    expect(missing, `seed ${seed}: replica ${i} lost claims`).toEqual([])
    const anchored = anchoredClaimIds(documentFragment(client.doc))
    expect([...anchored].sort(), `seed ${seed}: anchoredClaimIds disagrees`).toEqual(
      [...reference.covered.keys()].sort()
    )
  }
  const orphans = [...reference.covered.keys()].filter((id) => !created.has(id))
  expect(orphans, `seed ${seed}: marks without a created claim`).toEqual([])
  const firstDoc = clients[0]?.doc
  if (!firstDoc) return
  expect(
    sorted(coverageSeenByEditor(documentFragment(firstDoc))),
    `seed ${seed}: y-tiptap reads the claim marks differently`
  ).toBe(sorted(reference.covered))
}

describe('claims convergence through the real server', () => {
  it(`converges for ${SEEDS} seeds of text edits, claim operations and reconnects`, async () => {
    const totals = { created: 0, anchored: 0 }
    for (let seed = 1; seed <= SEEDS; seed++) {
      try {
        const outcome = await runSeed(seed)
        totals.created += outcome.created
        totals.anchored += outcome.anchored
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        throw new Error(`failing seed ${seed}: ${message}`, { cause: error })
      }
    }
    // Guards against a vacuous run: both attached and detached claims must have occurred.
    expect(totals.anchored, 'claims still attached at the end').toBeGreaterThan(SEEDS)
    expect(totals.created - totals.anchored, 'claims detached by deletions').toBeGreaterThan(SEEDS)
  })
})
