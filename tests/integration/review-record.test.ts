/**
 * The review record through the real team server on a real SQLite file: second checks that
 * no client can forge, the activity log the server writes, and versions that bring back a
 * room a client wiped, with stock clients and raw updates over real sockets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { documentFragment, readPlainText, sourceList } from '../../src/collab/briefing-doc'
import { addClaimComment } from '../../src/collab/claims/claim-comments-doc'
import {
  attachClaimSource,
  claimsMap,
  confirmClaim,
  createClaimInDoc,
  readClaim,
  setClaimStatus
} from '../../src/collab/claims/claims-doc'
import { CLAIM_KEYS } from '../../src/collab/claims/claims-layout'
import { readSourceLibrary } from '../../src/collab/claims/source-library-doc'
import type { StatusChange } from '../../src/core/claims/claim'
import type { ActivityEntry } from '../../src/core/record/activity'
import type { VersionInfo } from '../../server/storage/record-store'
import { createClient, openRawSocket } from '../support/clients'
import type { RawSocket, TestClient } from '../support/clients'
import { updateFrame } from '../support/frames'
import { changeOn, refusals, storedDoc } from '../support/raw-updates'
import type { TeamServer } from '../support/team-server'
import { MEMBER_NAMES, startTeamServer } from '../support/team-server'
import { appendParagraph } from '../support/tiptap-doc'
import { waitFor, waitForAsync } from '../support/wait-for'

const BRIEFING = `Hafenbilanz
Der Hafen schlug 2025 rund 2,1 Millionen Container um, so viele wie nie.
Laut Hafenbehörde stiegen die Maschinenexporte um 4 Prozent.

Quellen
- Jahresbericht der Hafenbehörde: https://hafen.example/bericht-2025
`
const AT = '2026-12-02T09:00:00.000Z'
const JSON_TYPE = { 'Content-Type': 'application/json' }
type Role = keyof TeamServer['members']

let server: TeamServer
const opened: Array<TestClient | RawSocket> = []

beforeAll(async () => {
  server = await startTeamServer()
})
afterAll(async () => {
  for (const client of opened) {
    if ('socket' in client) client.socket.terminate()
    else client.destroy()
  }
  await server.close()
})

async function api(role: Role, path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    ...init,
    headers: { ...server.members[role].headers, ...(init.headers ?? {}) }
  })
}

async function importBriefing(room: string): Promise<void> {
  const response = await api('editor', `/api/rooms/${room}/briefing`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    body: BRIEFING
  })
  expect(response.status).toBe(201)
}

async function clientAs(role: Role, room: string): Promise<TestClient> {
  const client = createClient(server.syncUrl, room, new Y.Doc(), server.members[role].headers)
  opened.push(client)
  await client.synced()
  return client
}

/** Tags a claim on the first sentence and verifies it as the checker, through a stock client. */
async function verifiedClaim(room: string, id: string): Promise<TestClient> {
  const checker = await clientAs('checker', room)
  const author = MEMBER_NAMES.checker
  createClaimInDoc(checker.doc, { id, quote: 'rund 2,1 Millionen Container', author, now: AT })
  setClaimStatus(checker.doc, id, { changeId: `${id}-r`, to: 'in-review', author, now: AT })
  setClaimStatus(checker.doc, id, { changeId: `${id}-v`, to: 'verified', author, now: AT })
  await waitForAsync(
    async () => readClaim(await storedDoc(server.storage, room), id)?.status === 'verified',
    'the verification to be stored'
  )
  return checker
}

/** Everything a reviewer sees of a room, to compare two states exactly. */
function visibleState(doc: Y.Doc): unknown {
  return {
    text: documentFragment(doc).toJSON(),
    claims: claimsMap(doc).toJSON(),
    sources: sourceList(doc).toJSON()
  }
}

describe('second checks', () => {
  it('refuses a confirmation by the member who verified, or in another member’s name', async () => {
    const room = 'second-check-forged'
    await importBriefing(room)
    const checker = await verifiedClaim(room, 'c1')
    const raw = await openRawSocket(`${server.syncUrl}/${room}`, server.members.checker.headers)
    opened.push(raw)
    const doc = new Y.Doc()
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(checker.doc))
    const history = (): Y.Array<StatusChange> =>
      claimsMap(doc).get('c1')?.get(CLAIM_KEYS.history) as Y.Array<StatusChange>
    const confirmation = (author: string, id: string): StatusChange => ({
      id,
      author,
      at: AT,
      from: 'verified',
      to: 'verified',
      basis: ['c1-v'],
      action: 'confirm'
    })
    // The verifier confirming themselves, written by hand past the app's own check.
    raw.socket.send(
      updateFrame(
        changeOn(doc, () => history().push([confirmation(MEMBER_NAMES.checker, 'k-self')]))
      )
    )
    // The checker writing a confirmation in the editor's name.
    const other = new Y.Doc()
    Y.applyUpdate(other, Y.encodeStateAsUpdate(checker.doc))
    const otherHistory = claimsMap(other)
      .get('c1')
      ?.get(CLAIM_KEYS.history) as Y.Array<StatusChange>
    const forgedUpdate = changeOn(other, () =>
      otherHistory.push([confirmation(MEMBER_NAMES.editor, 'k-forged')])
    )
    raw.socket.send(updateFrame(forgedUpdate))
    await waitFor(() => refusals(raw).length === 2, 'both confirmations to be refused')
    expect(refusals(raw)[0]).toMatch(/someone other than the member who verified/)
    expect(refusals(raw)[1], refusals(raw).join(' | ')).toMatch(/own name/)
    const stored = readClaim(await storedDoc(server.storage, room), 'c1')
    expect(stored?.history.map((change) => change.id)).toEqual(['c1-r', 'c1-v'])

    // The editor's own confirmation, through the app's operation, is stored and reaches the checker.
    const editor = await clientAs('editor', room)
    expect(
      confirmClaim(editor.doc, 'c1', { changeId: 'k-ok', author: MEMBER_NAMES.editor, now: AT }).ok
    ).toBe(true)
    await waitFor(
      () => readClaim(checker.doc, 'c1')?.history.some((change) => change.id === 'k-ok') ?? false,
      'the confirmation to reach the checker'
    )
  })

  it('names who verified and who confirmed in the Markdown export, and gates what awaits a check', async () => {
    const room = 'second-check-export'
    await importBriefing(room)
    const checker = await verifiedClaim(room, 'c1')
    const library = readSourceLibrary(checker.doc)
    attachClaimSource(checker.doc, 'c1', library[0]?.id ?? '')
    // The briefing is German, so without `lang` the export would be too.
    const waiting = await api('viewer', `/api/rooms/${room}/export?format=md&lang=en`)
    const draft = await waiting.text()
    expect(draft).toContain('Verified by Chidi Checker, awaiting a second check')
    const editor = await clientAs('editor', room)
    confirmClaim(editor.doc, 'c1', { changeId: 'k1', author: MEMBER_NAMES.editor, now: AT })
    await waitForAsync(async () => {
      // Without `lang`, in the briefing's own language.
      const markdown = await (await api('viewer', `/api/rooms/${room}/export?format=md`)).text()
      return markdown.includes('Verifiziert von Chidi Checker · bestätigt von Edda Editor')
    }, 'the export to name both, in German')
  })
})

describe('the activity log', () => {
  it('records a scripted session in order, with the members who did it, as JSON and CSV', async () => {
    const room = 'activity-session'
    await importBriefing(room)
    const checker = await verifiedClaim(room, 'c1')
    const library = readSourceLibrary(checker.doc)
    attachClaimSource(checker.doc, 'c1', library[0]?.id ?? '')
    const editor = await clientAs('editor', room)
    await waitFor(() => readClaim(editor.doc, 'c1')?.sourceIds.length === 1, 'the source to arrive')
    confirmClaim(editor.doc, 'c1', { changeId: 'k1', author: MEMBER_NAMES.editor, now: AT })
    const commenter = await clientAs('commenter', room)
    await waitFor(() => readClaim(commenter.doc, 'c1') !== null, 'the claim to arrive')
    addClaimComment(commenter.doc, 'c1', {
      id: 'm1',
      author: MEMBER_NAMES.commenter,
      text: 'Zahl aus dem Jahresbericht, S. 4',
      now: AT
    })
    appendParagraph(editor.doc, 'Nachtrag der Redaktion.')

    let entries: ActivityEntry[] = []
    await waitForAsync(async () => {
      const response = await api('editor', `/api/rooms/${room}/activity?format=json`)
      entries = ((await response.json()) as { activity: ActivityEntry[] }).activity
      return (
        entries.some((entry) => entry.kind === 'text-edited') &&
        entries.some((entry) => entry.kind === 'comment-added')
      )
    }, 'the whole session in the log')
    const oldestFirst = [...entries].reverse().map((entry) => [entry.kind, entry.actor])
    expect(oldestFirst).toEqual([
      ['briefing-imported', MEMBER_NAMES.editor],
      ['claim-tagged', MEMBER_NAMES.checker],
      ['status-set', MEMBER_NAMES.checker],
      ['status-set', MEMBER_NAMES.checker],
      ['source-attached', MEMBER_NAMES.checker],
      ['claim-confirmed', MEMBER_NAMES.editor],
      ['comment-added', MEMBER_NAMES.commenter],
      ['text-edited', MEMBER_NAMES.editor]
    ])
    // Every status change in the claim's history is in the log, by the same member.
    const history = readClaim(await storedDoc(server.storage, room), 'c1')?.history ?? []
    for (const change of history) {
      const logged = entries.find((entry) => entry.detail['statusChangeId'] === change.id)
      expect(logged?.actor, change.id).toBe(change.author)
    }
    const byClaim = await api(
      'editor',
      `/api/rooms/${room}/activity?claim=c1&member=${encodeURIComponent(MEMBER_NAMES.editor)}`
    )
    expect(
      ((await byClaim.json()) as { activity: ActivityEntry[] }).activity.map((e) => e.kind)
    ).toEqual(['claim-confirmed'])
    const csv = await api('admin', `/api/rooms/${room}/activity?format=csv`)
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/)
    const lines = (await csv.text()).trim().split('\r\n')
    expect(lines[0]).toBe('seq,at,actor,kind,claim,detail')
    expect(lines).toHaveLength(entries.length + 1)
    expect((await api('checker', `/api/rooms/${room}/activity`)).status).toBe(403)
    expect((await api('editor', `/api/rooms/${room}/activity?format=xml`)).status).toBe(400)
  })
})

describe('versions', () => {
  it('bring a room a raw client wiped back whole, live, and merge an offline client’s edits after', async () => {
    const room = 'versions-wipe'
    await importBriefing(room)
    const checker = await verifiedClaim(room, 'c1')
    const library = readSourceLibrary(checker.doc)
    attachClaimSource(checker.doc, 'c1', library[0]?.id ?? '')
    addClaimComment(checker.doc, 'c1', {
      id: 'm1',
      author: MEMBER_NAMES.checker,
      text: 'Belegt.',
      now: AT
    })
    const observer = await clientAs('viewer', room)
    await waitFor(
      () => readClaim(observer.doc, 'c1')?.sourceIds.length === 1,
      'the source to arrive'
    )
    await waitFor(
      () => (claimsMap(observer.doc).get('c1')?.get('comments') as Y.Array<unknown>).length === 1,
      'the comment'
    )
    const before = visibleState(observer.doc)
    const saved = await api('checker', `/api/rooms/${room}/versions`, {
      method: 'POST',
      headers: JSON_TYPE,
      body: JSON.stringify({ name: 'Vor der Freigabe' })
    })
    expect(saved.status).toBe(201)

    // An editor's raw client deletes all text, every claim and every source in one update.
    const raw = await openRawSocket(`${server.syncUrl}/${room}`, server.members.editor.headers)
    opened.push(raw)
    const wiper = new Y.Doc()
    Y.applyUpdate(wiper, Y.encodeStateAsUpdate(observer.doc))
    raw.socket.send(
      updateFrame(
        changeOn(wiper, () => {
          const fragment = documentFragment(wiper)
          fragment.delete(0, fragment.length)
          for (const id of [...claimsMap(wiper).keys()]) claimsMap(wiper).delete(id)
          sourceList(wiper).delete(0, sourceList(wiper).length)
        })
      )
    )
    await waitFor(
      () => readPlainText(observer.doc) === '' && claimsMap(observer.doc).size === 0,
      'the wipe'
    )
    const listed = (await (await api('viewer', `/api/rooms/${room}/versions`)).json()) as {
      versions: VersionInfo[]
    }
    expect(listed.versions.map((version) => version.reason)).toEqual(['before-deletion', 'named'])
    const preWipe = listed.versions[0] as VersionInfo

    // A member goes offline after the wipe and writes on the empty room.
    const offline = await clientAs('editor', room)
    offline.provider.disconnect()
    appendParagraph(offline.doc, 'Offline geschrieben.')

    expect(
      (
        await api('checker', `/api/rooms/${room}/versions/${preWipe.id}/restore`, {
          method: 'POST'
        })
      ).status
    ).toBe(403)
    const restored = await api('editor', `/api/rooms/${room}/versions/${preWipe.id}/restore`, {
      method: 'POST'
    })
    expect(restored.status).toBe(200)
    await waitFor(() => claimsMap(observer.doc).size === 1, 'the restore to reach the observer')
    expect(visibleState(observer.doc)).toEqual(before)
    expect(visibleState(await storedDoc(server.storage, room))).toEqual(before)

    offline.provider.connect()
    await waitFor(
      () => readPlainText(observer.doc).includes('Offline geschrieben.'),
      'the offline edit'
    )
    expect(readPlainText(observer.doc)).toContain('rund 2,1 Millionen Container')
    expect(readClaim(observer.doc, 'c1')?.sourceIds).toHaveLength(1)
    expect(readPlainText(offline.doc)).toBe(readPlainText(observer.doc))

    const activity = (await (await api('admin', `/api/rooms/${room}/activity`)).json()) as {
      activity: ActivityEntry[]
    }
    expect(activity.activity.find((entry) => entry.kind === 'version-restored')).toMatchObject({
      actor: MEMBER_NAMES.editor,
      detail: { versionId: preWipe.id }
    })
    // The version opens read-only as plain data, for comparing with now.
    const openedVersion = (await (
      await api('viewer', `/api/rooms/${room}/versions/${preWipe.id}`)
    ).json()) as {
      text: string
      claims: unknown[]
    }
    expect(openedVersion.text).toContain('rund 2,1 Millionen Container')
    expect(openedVersion.claims).toHaveLength(1)
  })

  it('stay readable after the room is compacted, and answer 404 for versions of other rooms', async () => {
    const room = 'versions-compacted'
    await importBriefing(room)
    const saved = (await (
      await api('editor', `/api/rooms/${room}/versions`, {
        method: 'POST',
        headers: JSON_TYPE,
        body: JSON.stringify({ name: 'Start' })
      })
    ).json()) as { version: VersionInfo }
    const editor = await clientAs('editor', room)
    for (let i = 0; i < 30; i++) appendParagraph(editor.doc, `Absatz ${i}`)
    await waitForAsync(
      async () => readPlainText(await storedDoc(server.storage, room)).includes('Absatz 29'),
      'the edits'
    )
    const rows = await server.storage.loadUpdates(room)
    const last = rows.at(-1)
    if (!last) throw new Error('no rows')
    await server.storage.compact(
      room,
      Y.encodeStateAsUpdate(await storedDoc(server.storage, room)),
      last.id
    )
    const version = await api('viewer', `/api/rooms/${room}/versions/${saved.version.id}`)
    expect(version.status).toBe(200)
    expect(((await version.json()) as { text: string }).text).not.toContain('Absatz')
    expect((await api('viewer', `/api/rooms/other-room/versions/${saved.version.id}`)).status).toBe(
      404
    )
    expect((await api('viewer', `/api/rooms/${room}/versions/abc`)).status).toBe(404)
    const badName = await api('editor', `/api/rooms/${room}/versions`, {
      method: 'POST',
      headers: JSON_TYPE,
      body: '{"name":""}'
    })
    expect(badName.status).toBe(400)
    const notJson = await api('editor', `/api/rooms/${room}/versions`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: '{"name":"Sneaked"}'
    })
    expect(notJson.status).toBe(415)
  })
})
