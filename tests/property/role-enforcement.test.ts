/**
 * Property: members with random roles edit one room through the real team server, honestly
 * and not (writing in a colleague's name, deleting claims, typing where their role may not),
 * for 50 seeds. Afterwards every replica holds everything the server kept, a fresh reader
 * sees exactly what is stored, and nothing in the stored document is something its author's
 * role may not do or is written in another member's name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readPlainText } from '../../src/collab/briefing-doc'
import { claimsMap } from '../../src/collab/claims/claims-doc'
import { CLAIM_KEYS } from '../../src/collab/claims/claims-layout'
import type { Role } from '../../src/core/access/roles'
import { ROLES, permits } from '../../src/core/access/roles'
import { checkUpdate } from '../../src/core/access/update-policy'
import type { RoomChange } from '../../src/core/access/update-policy'
import { SyncExtensionType } from '../../src/core/sync-extensions'
import { randomClaimEdit } from '../support/claim-edits'
import type { TestClient } from '../support/clients'
import { createClient } from '../support/clients'
import { createPrng } from '../support/prng'
import type { TeamServer } from '../support/team-server'
import { startTeamServer } from '../support/team-server'
import { delay } from '../support/wait-for'

const SEEDS = 50
const MEMBERS_PER_SEED = 4
const STEPS = 12
const BRIEFING = `Grain harvest
The harvest reached 41 million tonnes, the second best year on record.
Prices for wheat fell by 12 percent over the summer.

Sources
- Farm ministry statistics: https://farm.example/stats
`

let server: TeamServer
beforeAll(async () => {
  server = await startTeamServer()
})
afterAll(() => server.close())

interface Participant {
  readonly role: Role
  readonly name: string
  readonly client: TestClient
  refused: number
}

async function storedDoc(room: string): Promise<Y.Doc> {
  const doc = new Y.Doc()
  for (const row of await server.storage.loadUpdates(room)) Y.applyUpdate(doc, row.update)
  return doc
}

/** Waits until storage stops changing and every replica holds all of it. */
async function settle(room: string, participants: readonly Participant[]): Promise<Y.Doc> {
  let previous = ''
  let stableFor = 0
  for (let round = 0; round < 200; round++) {
    const stored = await storedDoc(room)
    const vector = Buffer.from(Y.encodeStateVector(stored)).toString('hex')
    const everyoneHasIt = participants.every((p) =>
      Y.snapshotContainsUpdate(Y.snapshot(p.client.doc), Y.encodeStateAsUpdate(stored))
    )
    stableFor = vector === previous && everyoneHasIt ? stableFor + 1 : 0
    previous = vector
    if (stableFor >= 3) return stored
    await delay(40)
  }
  throw new Error('the room did not settle')
}

/**
 * The place of a stored item, found by walking its parents up to the room's top-level type:
 * a second implementation of what the server's describeUpdate finds for incoming structs.
 */
function placeOf(doc: Y.Doc, item: Y.Item): string[] {
  const path: string[] = [item.parentSub ?? '*']
  let type = item.parent as Y.AbstractType<unknown>
  while (type._item) {
    path.unshift(type._item.parentSub ?? '*')
    type = type._item.parent as Y.AbstractType<unknown>
  }
  for (const [name, root] of doc.share) if (root === type) return [name, ...path]
  return ['?', ...path]
}

function changeOf(doc: Y.Doc, item: Y.Item): RoomChange {
  const path = placeOf(doc, item)
  const { content } = item
  if (content instanceof Y.ContentFormat) {
    return { op: 'insert', path, content: 'format', formatKey: content.key }
  }
  if (content instanceof Y.ContentAny)
    return { op: 'insert', path, content: 'value', values: content.arr }
  if (content instanceof Y.ContentType) return { op: 'insert', path, content: 'type' }
  return { op: 'insert', path, content: 'content' }
}

/**
 * Every live struct a member wrote, checked (all of one member's together) against their role
 * and name. The briefing's own structs, written by the server on import, have no author.
 */
async function forbiddenWrites(room: string, stored: Y.Doc, seeded: ReadonlySet<number>) {
  const problems: string[] = []
  const members = new Map(
    (await server.accounts.store.listMembers()).map((member) => [member.id, member])
  )
  for (const [client, structs] of stored.store.clients) {
    if (seeded.has(client)) continue
    // Binding an unknown id to nobody answers who it is bound to, without changing it.
    const owner = members.get(await server.accounts.store.bindClient(room, client, 'nobody'))
    if (!owner) {
      problems.push(`client ${client} wrote without being bound to a member`)
      continue
    }
    const changes = structs
      .filter((struct): struct is Y.Item => struct instanceof Y.Item && !struct.deleted)
      .map((item) => changeOf(stored, item))
    const role = (await server.accounts.roleIn(owner, room)) ?? owner.role
    const verdict = checkUpdate(changes, { role, name: owner.name })
    if (!verdict.ok) problems.push(`${owner.name} (${role}): ${verdict.reason}`)
  }
  return problems
}

describe('roles on a team server, under random honest and hostile edits', () => {
  it(
    `keeps every stored change within its author's role and name (${SEEDS} seeds)`,
    { timeout: 240_000 },
    async () => {
      for (let seed = 1; seed <= SEEDS; seed++) {
        const random = createPrng(seed)
        const room = `roles-${seed}`
        const seededImport = await fetch(`${server.url}/api/rooms/${room}/briefing`, {
          method: 'POST',
          headers: {
            ...server.members.editor.headers,
            'Content-Type': 'text/plain; charset=utf-8'
          },
          body: BRIEFING
        })
        expect(seededImport.status).toBe(201)
        const seededDoc = await storedDoc(room)
        const seeded = new Set(seededDoc.store.clients.keys())
        const seededText = readPlainText(seededDoc)

        const roles = Array.from({ length: MEMBERS_PER_SEED }, () => random.pick(ROLES))
        const participants: Participant[] = []
        for (const role of roles) {
          const member = server.members[role]
          const client = createClient(server.syncUrl, room, new Y.Doc(), member.headers)
          const participant: Participant = { role, name: member.member.name, client, refused: 0 }
          client.provider.messageHandlers[SyncExtensionType.updateRefused] = () => {
            participant.refused += 1
          }
          participants.push(participant)
        }
        await Promise.all(participants.map((p) => p.client.synced()))

        let counter = 0
        for (let step = 0; step < STEPS; step++) {
          for (const participant of participants) {
            const { doc } = participant.client
            const forge = random.chance(0.15)
            const author = forge ? random.pick(participants).name : participant.name
            if (random.chance(0.08)) {
              const ids = [...claimsMap(doc).keys()]
              if (ids.length > 0) claimsMap(doc).delete(random.pick(ids))
            } else {
              randomClaimEdit({
                doc,
                random,
                author,
                nextId: (prefix) => `${prefix}-${seed}-${(counter += 1)}`,
                created: new Set()
              })
            }
          }
          if (random.chance(0.3)) await delay(5)
        }
        const stored = await settle(room, participants)

        // A fresh reader sees exactly what is stored.
        const reader = createClient(
          server.syncUrl,
          room,
          new Y.Doc(),
          server.members.viewer.headers
        )
        await reader.synced()
        expect(readPlainText(reader.doc)).toBe(readPlainText(stored))
        expect(Y.encodeStateVector(reader.doc)).toEqual(Y.encodeStateVector(stored))
        reader.destroy()

        // Replicas that were never refused hold exactly the stored document.
        for (const participant of participants.filter((p) => p.refused === 0)) {
          expect(readPlainText(participant.client.doc), `seed ${seed}`).toBe(readPlainText(stored))
        }

        // Without an editor the text never changed.
        if (!roles.some((role) => permits(role, 'edit'))) {
          expect(readPlainText(stored), `seed ${seed}`).toBe(seededText)
        }
        // Authorship: every status change and comment names a member who may make it.
        for (const [, fields] of claimsMap(stored)) {
          for (const key of [CLAIM_KEYS.history, CLAIM_KEYS.comments]) {
            const entries =
              (fields.get(key) as Y.Array<{ author: string }> | undefined)?.toArray() ?? []
            for (const entry of entries) {
              const role = participants.find((p) => p.name === entry.author)?.role
              expect(role, `seed ${seed}: ${key} by ${entry.author}`).toBeDefined()
              if (role) expect(permits(role, key === 'history' ? 'check' : 'comment')).toBe(true)
            }
          }
        }
        expect(await forbiddenWrites(room, stored, seeded), `seed ${seed}`).toEqual([])
        for (const participant of participants) participant.client.destroy()
      }
    }
  )
})
