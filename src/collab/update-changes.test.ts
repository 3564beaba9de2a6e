import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Role } from '../core/access/roles'
import { checkUpdate } from '../core/access/update-policy'
import { documentFragment, sourceList, writeBriefing } from './briefing-doc'
import { addClaimComment } from './claims/claim-comments-doc'
import { CLAIM_KEYS } from './claims/claims-layout'
import { claimsMap, createClaimInDoc, setClaimStatus } from './claims/claims-doc'
import { describeUpdate } from './update-changes'

const NOW = '2026-12-02T10:00:00.000Z'

/** A room as the server holds it, with one claim by Ana. */
function serverRoom(): Y.Doc {
  const doc = new Y.Doc()
  writeBriefing(doc, {
    blocks: [
      { kind: 'paragraph', text: 'Exports rose by 4 percent.' },
      { kind: 'paragraph', text: 'The port handled 2 million containers.' }
    ],
    sources: [{ name: 'Statistics office', url: 'https://stats.example/' }],
    rejected: []
  })
  createClaimInDoc(doc, { id: 'c1', quote: 'Exports rose', author: 'Ana', now: NOW })
  return doc
}

/** A client replica of `server`, the change `edit` makes on it, and that change as an update. */
function changeOf(server: Y.Doc, edit: (client: Y.Doc) => void): Uint8Array {
  const client = new Y.Doc()
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server))
  const before = Y.encodeStateVector(client)
  edit(client)
  return Y.encodeStateAsUpdate(client, before)
}

function verdict(role: Role, name: string, edit: (client: Y.Doc) => void) {
  const server = serverRoom()
  const described = describeUpdate(server, changeOf(server, edit))
  return checkUpdate(described.changes, { role, name })
}

function firstText(doc: Y.Doc): Y.XmlText {
  const paragraph = documentFragment(doc).get(0) as Y.XmlElement
  return paragraph.get(0) as Y.XmlText
}

const typing = (doc: Y.Doc) => firstText(doc).insert(0, 'Officially, ')
const deleting = (doc: Y.Doc) => firstText(doc).delete(0, 7)
const tagging = (doc: Y.Doc) => {
  createClaimInDoc(doc, { id: 'c2', quote: 'port', author: 'Bo', now: NOW })
  const text = (documentFragment(doc).get(1) as Y.XmlElement).get(0) as Y.XmlText
  text.format(4, 4, { 'claim--abc': { id: 'c2' } })
}
const verifying = (doc: Y.Doc) =>
  setClaimStatus(doc, 'c1', { changeId: 'h1', to: 'verified', author: 'Bo', now: NOW })
const commenting = (doc: Y.Doc) =>
  addClaimComment(doc, 'c1', { id: 'k1', author: 'Bo', now: NOW, text: 'Source?' })
const deletingClaim = (doc: Y.Doc) => claimsMap(doc).delete('c1')
const addingSource = (doc: Y.Doc) =>
  sourceList(doc).push([{ name: 'Port report', url: 'https://port.example/' }])

describe('describeUpdate with checkUpdate', () => {
  it('lets a viewer send nothing but an empty update', () => {
    expect(verdict('viewer', 'Bo', () => undefined)).toEqual({ ok: true })
    for (const edit of [typing, tagging, verifying, commenting, addingSource]) {
      expect(verdict('viewer', 'Bo', edit).ok).toBe(false)
    }
  })

  it('lets a commenter comment and nothing else', () => {
    expect(verdict('commenter', 'Bo', commenting)).toEqual({ ok: true })
    expect(verdict('commenter', 'Bo', verifying)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('commenter') as unknown
    })
    expect(verdict('commenter', 'Bo', tagging).ok).toBe(false)
  })

  it('lets a checker tag, verify and add sources but not touch the text or delete claims', () => {
    for (const edit of [tagging, verifying, commenting, addingSource]) {
      expect(verdict('checker', 'Bo', edit)).toEqual({ ok: true })
    }
    expect(verdict('checker', 'Bo', typing)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('edit the briefing text') as unknown
    })
    expect(verdict('checker', 'Bo', deleting).ok).toBe(false)
    expect(verdict('checker', 'Bo', deletingClaim)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('delete claims') as unknown
    })
  })

  it('lets an editor edit the text and delete claims', () => {
    for (const edit of [typing, deleting, deletingClaim, tagging, verifying]) {
      expect(verdict('editor', 'Bo', edit)).toEqual({ ok: true })
    }
  })

  it('refuses a status change, comment or claim in somebody else’s name, for every role', () => {
    for (const role of ['checker', 'editor', 'admin'] as const) {
      expect(verdict(role, 'Cy', verifying)).toMatchObject({
        ok: false,
        reason: expect.stringContaining('own name (Cy)') as unknown
      })
      expect(verdict(role, 'Cy', commenting).ok).toBe(false)
      expect(verdict(role, 'Cy', tagging).ok).toBe(false)
    }
  })

  it('refuses rewriting who created an existing claim, even in one’s own name', () => {
    const rewrite = (doc: Y.Doc) => claimsMap(doc).get('c1')?.set(CLAIM_KEYS.createdBy, 'Bo')
    expect(verdict('admin', 'Bo', rewrite)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('creator') as unknown
    })
  })

  it('refuses a comment written straight into another claim’s history', () => {
    const forged = (doc: Y.Doc) => {
      const history = claimsMap(doc).get('c1')?.get(CLAIM_KEYS.history) as Y.Array<unknown>
      history.push([{ id: 'x', author: 'Ana', at: NOW, from: 'unverified', to: 'verified' }])
    }
    expect(verdict('checker', 'Bo', forged).ok).toBe(false)
  })

  it('names the client ids an update writes for, and skips what the room has', () => {
    const server = serverRoom()
    const client = new Y.Doc()
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server))
    commenting(client)
    // The whole state, as a reconnecting client sends it: only the new part counts.
    const described = describeUpdate(server, Y.encodeStateAsUpdate(client))
    expect([...described.writers]).toEqual([client.clientID])
    expect(described.changes).toHaveLength(1)
  })

  it('reports how many characters an insert adds and a delete removes', () => {
    const server = serverRoom()
    const lengthsOf = (edit: (client: Y.Doc) => void) =>
      describeUpdate(server, changeOf(server, edit)).changes.map((change) => change.length)
    expect(lengthsOf((doc) => firstText(doc).insert(0, 'hello'))).toEqual([5])
    // Three characters out of one stored struct of 26: only the deleted part counts.
    const removed = lengthsOf((doc) => firstText(doc).delete(4, 3))
    expect(removed.reduce<number>((sum, length) => sum + (length ?? 0), 0)).toBe(3)
  })

  it('treats a deletion of structs the room never had as needing the editor role', () => {
    const server = serverRoom()
    const update = Y.mergeUpdates([])
    expect(describeUpdate(server, update).changes).toEqual([])
    // A delete set naming a client the room has never seen.
    const stranger = new Y.Doc()
    stranger.getText('x').insert(0, 'abc')
    stranger.getText('x').delete(0, 3)
    const onlyDeletes = Y.encodeStateAsUpdate(stranger)
    const { ds: deleteSet } = Y.decodeUpdate(onlyDeletes)
    expect(deleteSet.clients.size).toBe(1)
    const refused = checkUpdate(describeUpdate(server, onlyDeletes).changes, {
      role: 'checker',
      name: 'Bo'
    })
    expect(refused.ok).toBe(false)
  })
})

describe('describeUpdate: top-level types', () => {
  it('places changes after a type decoded from an update is taken as a Y.Map', () => {
    const writer = new Y.Doc()
    const history = new Y.Array<number>()
    const claim = new Y.Map<unknown>()
    claim.set('history', history)
    writer.getMap('claims').set('c1', claim)
    history.push([0])
    const room = new Y.Doc()
    Y.applyUpdate(room, Y.encodeStateAsUpdate(writer))
    const next = (): Uint8Array => {
      const before = Y.encodeStateVector(writer)
      history.push([history.length])
      return Y.encodeStateAsUpdate(writer, before)
    }
    const place = ['claims', 'c1', 'history', '*']
    // The first description caches the room's types while "claims" is still a placeholder.
    const first = next()
    expect(describeUpdate(room, first).changes[0]?.path).toEqual(place)
    Y.applyUpdate(room, first)
    room.getMap('claims')
    expect(describeUpdate(room, next()).changes[0]?.path).toEqual(place)
  })
})
