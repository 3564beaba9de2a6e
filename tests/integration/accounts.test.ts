/**
 * A team server's guarantees, attacked from outside: the real server with
 * accounts on a real SQLite file, real sockets, hand-made requests and raw
 * Yjs updates. What the app's UI would send is not what is tested here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import { documentFragment, readPlainText } from '../../src/collab/briefing-doc'
import { addClaimComment } from '../../src/collab/claims/claim-comments-doc'
import {
  claimsMap,
  createClaimInDoc,
  readClaim,
  setClaimStatus
} from '../../src/collab/claims/claims-doc'
import { CLAIM_KEYS } from '../../src/collab/claims/claims-layout'
import { CloseCode } from '../../src/core/close-codes'
import { createClient, openRawSocket, upgradeStatus } from '../support/clients'
import type { RawSocket, TestClient } from '../support/clients'
import { updateFrame } from '../support/frames'
import { rawHttp, statusCodes } from '../support/raw-http'
import { changeOn, refusals, storedDoc } from '../support/raw-updates'
import type { TeamServer } from '../support/team-server'
import { MEMBER_NAMES, TEST_PASSWORD, startTeamServer } from '../support/team-server'
import { delay, waitFor, waitForAsync } from '../support/wait-for'

const BRIEFING = `Port traffic
The port handled 2.1 million containers in 2025, a record.
Exports of machinery rose by 4 percent.

Sources
- Port authority annual report: https://port.example/report-2025
`
const NOW = '2026-12-02T09:00:00.000Z'

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

async function importBriefing(room: string): Promise<void> {
  const response = await fetch(`${server.url}/api/rooms/${room}/briefing`, {
    method: 'POST',
    headers: { ...server.members.editor.headers, 'Content-Type': 'text/plain; charset=utf-8' },
    body: BRIEFING
  })
  expect(response.status).toBe(201)
}

/** A stock client signed in as the member of `role`, synced with the room. */
async function clientAs(role: keyof TeamServer['members'], room: string): Promise<TestClient> {
  const client = createClient(server.syncUrl, room, new Y.Doc(), server.members[role].headers)
  opened.push(client)
  await client.synced()
  return client
}

/** A raw socket signed in as `role`, with a replica of the room to craft updates against. */
async function attackerAs(role: keyof TeamServer['members'], room: string) {
  const replica = await clientAs('viewer', room)
  const doc = new Y.Doc()
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(replica.doc))
  const raw = await openRawSocket(`${server.syncUrl}/${room}`, server.members[role].headers)
  opened.push(raw)
  return { raw, doc, replica }
}

async function storedText(room: string): Promise<string> {
  return readPlainText(await storedDoc(server.storage, room))
}

function firstText(doc: Y.Doc): Y.XmlText {
  return (documentFragment(doc).get(1) as Y.XmlElement).get(0) as Y.XmlText
}

describe('without a session or token', () => {
  it('answers 401 on every route but sign-in and /healthz, with nothing of any room', async () => {
    await importBriefing('sealed')
    const routes: Array<[string, string]> = [
      ['GET', '/'],
      ['GET', '/index.html'],
      ['GET', '/assets/index.js'],
      ['GET', '/api/session'],
      ['GET', '/api/members'],
      ['POST', '/api/invites'],
      ['GET', '/api/rooms/sealed/export?format=md'],
      ['GET', '/api/rooms/nonexistent/export?format=md'],
      ['POST', '/api/rooms/sealed/briefing'],
      ['POST', '/api/rooms/sealed/annotations'],
      ['GET', '/api/rooms/sealed/access']
    ]
    for (const [method, path] of routes) {
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers: { Accept: 'text/html' }
      })
      const body = await response.text()
      expect(response.status, `${method} ${path}`).toBe(401)
      expect(body).not.toContain('containers')
    }
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
    const signIn = await fetch(`${server.url}/sign-in`)
    expect(signIn.status).toBe(200)
    expect(await signIn.text()).toContain('<form method="post" action="/sign-in">')
    // A forged or unknown token is no better than none.
    const forged = await fetch(`${server.url}/api/session`, {
      headers: { Authorization: 'Bearer cdt_forged' }
    })
    expect(forged.status).toBe(401)
  })

  it('refuses the WebSocket upgrade before a single byte of the room is sent', async () => {
    expect(await upgradeStatus(`${server.syncUrl}/sealed`)).toBe(401)
    const answer = await rawHttp(
      server.port,
      'GET /sync/sealed HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n' +
        'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n'
    )
    expect(statusCodes(answer)).toEqual([401])
    expect(answer).not.toContain('containers')
  })
})

describe('signing in', () => {
  it('shows the sign-in page in German for ?lang=de and for Accept-Language, and keeps it German after a failure', async () => {
    for (const [path, headers] of [
      ['/sign-in?lang=de', {}],
      ['/sign-in', { 'Accept-Language': 'de-AT, en;q=0.5' }]
    ] as const) {
      const page = await (await fetch(`${server.url}${path}`, { headers })).text()
      expect(page, path).toContain('<html lang="de">')
      expect(page, path).toContain('Bei Claimdesk anmelden')
      expect(page, path).toContain('Passwort')
    }
    const english = await (await fetch(`${server.url}/sign-in`)).text()
    expect(english).toContain('<html lang="en">')
    expect(english).not.toContain('Passwort')
    const failed = await fetch(`${server.url}/sign-in?lang=de`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        email: 'checker@newsroom.example',
        password: 'not it',
        next: '/'
      })
    })
    const again = await failed.text()
    expect(failed.status).toBeGreaterThanOrEqual(400)
    expect(again).toContain('<html lang="de">')
    expect(again).toContain('action="/sign-in?lang=de"')
  })

  it('opens an HttpOnly, SameSite session cookie that works for API and sync, until sign-out', async () => {
    const response = await fetch(`${server.url}/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        email: 'checker@newsroom.example',
        password: TEST_PASSWORD,
        next: '/?room=sealed'
      })
    })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/?room=sealed')
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^claimdesk_session=cds_[\w-]+;/)
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toContain('SameSite=Lax')
    expect(cookie).not.toContain('Secure')
    const session = cookie.split(';')[0] ?? ''
    const me = await fetch(`${server.url}/api/session`, { headers: { Cookie: session } })
    expect(await me.json()).toMatchObject({
      member: { name: MEMBER_NAMES.checker, role: 'checker' }
    })
    expect(await upgradeStatus(`${server.syncUrl}/sealed`, { Cookie: session })).toBe(101)

    const out = await fetch(`${server.url}/sign-out`, {
      method: 'POST',
      redirect: 'manual',
      headers: { Cookie: session }
    })
    expect(out.status).toBe(303)
    expect(
      (await fetch(`${server.url}/api/session`, { headers: { Cookie: session } })).status
    ).toBe(401)
    expect(await upgradeStatus(`${server.syncUrl}/sealed`, { Cookie: session })).toBe(401)
  })

  it('never sends a browser elsewhere after signing in', async () => {
    const response = await fetch(`${server.url}/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        email: 'viewer@newsroom.example',
        password: TEST_PASSWORD,
        next: '//evil.example/'
      })
    })
    expect(response.headers.get('location')).toBe('/')
  })

  it('throttles failed sign-ins per account: the right password waits too', async () => {
    const attempt = (password: string) =>
      fetch(`${server.url}/sign-in`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'commenter@newsroom.example', password })
      })
    for (let i = 0; i < 5; i++) expect((await attempt('wrong password')).status).toBe(401)
    const blocked = await attempt(TEST_PASSWORD)
    expect(blocked.status).toBe(429)
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0)
    // Another account from the same address is not blocked by it.
    const other = await fetch(`${server.url}/sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'editor@newsroom.example', password: TEST_PASSWORD })
    })
    expect(other.status).toBe(200)
  })

  it('throttles failed sign-ins per address, across accounts', async () => {
    const team = await startTeamServer({ accounts: { failuresPerAddress: 3 } })
    try {
      const attempt = (email: string, password: string) =>
        fetch(`${team.url}/sign-in`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ email, password })
        })
      for (const email of ['a@x.example', 'b@x.example', 'c@x.example']) {
        expect((await attempt(email, 'guess guess guess')).status).toBe(401)
      }
      expect((await attempt('admin@newsroom.example', TEST_PASSWORD)).status).toBe(429)
    } finally {
      await team.close()
    }
  })

  it('lets a script use an API token for export', async () => {
    await importBriefing('scripted')
    const response = await fetch(`${server.url}/api/rooms/scripted/export?format=md`, {
      headers: server.members.viewer.headers
    })
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('2.1 million containers')
  })
})

describe('changing a password', () => {
  it('needs the current one, and ends every other session of the member', async () => {
    const member = await server.accounts.addMember({
      email: 'changer@newsroom.example',
      name: 'Cam Changer',
      role: 'viewer',
      password: TEST_PASSWORD
    })
    const signIn = async (password: string) => {
      const response = await fetch(`${server.url}/sign-in`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: member.email, password })
      })
      return {
        status: response.status,
        cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
      }
    }
    const here = await signIn(TEST_PASSWORD)
    const elsewhere = await signIn(TEST_PASSWORD)
    const change = (current: string, next: string) =>
      fetch(`${server.url}/api/session/password`, {
        method: 'POST',
        headers: { Cookie: here.cookie, 'Content-Type': 'application/json' },
        body: JSON.stringify({ current, next })
      })
    const wrong = await change('not the password', 'a brand new password')
    expect(wrong.status).toBe(400)
    expect(await wrong.json()).toMatchObject({ error: 'the current password is wrong' })
    expect((await change(TEST_PASSWORD, 'short')).status).toBe(400)
    expect((await change(TEST_PASSWORD, 'a brand new password')).status).toBe(204)
    const session = (cookie: string) =>
      fetch(`${server.url}/api/session`, { headers: { Cookie: cookie } }).then((r) => r.status)
    expect(await session(here.cookie)).toBe(200)
    expect(await session(elsewhere.cookie)).toBe(401)
    expect((await signIn(TEST_PASSWORD)).status).toBe(401)
    expect((await signIn('a brand new password')).status).toBe(200)
  })
})

describe('roles, enforced on raw Yjs updates', () => {
  it('refuses a viewer’s text edit: not stored, not relayed, the sender told why', async () => {
    await importBriefing('viewer-edit')
    const watcher = await clientAs('editor', 'viewer-edit')
    const { raw, doc } = await attackerAs('viewer', 'viewer-edit')
    const update = changeOn(doc, () => firstText(doc).insert(0, 'FAKE '))
    raw.socket.send(updateFrame(update))
    await waitFor(() => refusals(raw).length > 0, 'a refusal')
    expect(refusals(raw)[0]).toContain('your role (viewer) may not edit the briefing text')
    // A later, permitted write from someone else proves the room went on without it.
    const checker = await clientAs('checker', 'viewer-edit')
    createClaimInDoc(checker.doc, {
      id: 'ok',
      quote: 'record',
      author: MEMBER_NAMES.checker,
      now: NOW
    })
    await waitFor(() => readClaim(watcher.doc, 'ok') !== null, 'the checker’s claim to arrive')
    expect(readPlainText(watcher.doc)).not.toContain('FAKE')
    expect(await storedText('viewer-edit')).not.toContain('FAKE')
    expect(raw.socket.readyState).toBe(raw.socket.OPEN)
  })

  it('refuses a commenter’s status change but relays their comment', async () => {
    await importBriefing('commenter')
    const editor = await clientAs('editor', 'commenter')
    createClaimInDoc(editor.doc, {
      id: 'c1',
      quote: 'record',
      author: MEMBER_NAMES.editor,
      now: NOW
    })
    const { raw, doc, replica } = await attackerAs('commenter', 'commenter')
    await waitFor(() => readClaim(replica.doc, 'c1') !== null, 'the claim to reach the replica')
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(replica.doc))
    const verify = changeOn(doc, () =>
      setClaimStatus(doc, 'c1', {
        changeId: 'h1',
        to: 'verified',
        author: MEMBER_NAMES.commenter,
        now: NOW
      })
    )
    raw.socket.send(updateFrame(verify))
    await waitFor(() => refusals(raw).length > 0, 'a refusal')
    expect(refusals(raw)[0]).toContain('your role (commenter) may not')

    const fresh = new Y.Doc()
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(replica.doc))
    const comment = changeOn(fresh, () =>
      addClaimComment(fresh, 'c1', {
        id: 'k1',
        author: MEMBER_NAMES.commenter,
        now: NOW,
        text: 'Which year?'
      })
    )
    raw.socket.send(updateFrame(comment))
    await waitFor(
      () =>
        (claimsMap(editor.doc).get('c1')?.get(CLAIM_KEYS.comments) as Y.Array<unknown>).length ===
        1,
      'the comment to reach the editor'
    )
    expect(readClaim(editor.doc, 'c1')?.status).toBe('unverified')
    expect(readClaim(await storedDoc(server.storage, 'commenter'), 'c1')?.status).toBe('unverified')
  })

  it('refuses a checker’s text edit and claim deletion, and accepts their tagging', async () => {
    await importBriefing('checker')
    const { raw, doc } = await attackerAs('checker', 'checker')
    raw.socket.send(updateFrame(changeOn(doc, () => firstText(doc).delete(0, 10))))
    await waitFor(() => refusals(raw).length === 1, 'a refusal')
    const fresh = new Y.Doc()
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(await storedDoc(server.storage, 'checker')))
    raw.socket.send(
      updateFrame(
        changeOn(fresh, () => {
          createClaimInDoc(fresh, {
            id: 'c9',
            quote: 'record',
            author: MEMBER_NAMES.checker,
            now: NOW
          })
          firstText(fresh).format(4, 4, { 'claim--x': { id: 'c9' } })
        })
      )
    )
    await waitForAsync(
      async () => readClaim(await storedDoc(server.storage, 'checker'), 'c9') !== null,
      'the claim stored'
    )
    raw.socket.send(updateFrame(changeOn(fresh, () => claimsMap(fresh).delete('c9'))))
    await waitFor(() => refusals(raw).length === 2, 'a second refusal')
    expect(refusals(raw)[1]).toContain('delete claims')
    expect(readClaim(await storedDoc(server.storage, 'checker'), 'c9')).not.toBeNull()
    expect(await storedText('checker')).toContain('The port handled')
  })
})

describe('authorship', () => {
  it('refuses a status change or comment in a colleague’s name, whatever the role', async () => {
    await importBriefing('forgery')
    const editor = await clientAs('editor', 'forgery')
    createClaimInDoc(editor.doc, {
      id: 'c1',
      quote: 'record',
      author: MEMBER_NAMES.editor,
      now: NOW
    })
    const { raw, doc, replica } = await attackerAs('admin', 'forgery')
    await waitFor(() => readClaim(replica.doc, 'c1') !== null, 'the claim')
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(replica.doc))
    const fresh = new Y.Doc()
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(doc))
    raw.socket.send(
      updateFrame(
        changeOn(doc, () =>
          setClaimStatus(doc, 'c1', {
            changeId: 'h1',
            to: 'verified',
            author: MEMBER_NAMES.checker,
            now: NOW
          })
        )
      )
    )
    raw.socket.send(
      updateFrame(
        changeOn(fresh, () =>
          addClaimComment(fresh, 'c1', {
            id: 'k1',
            author: MEMBER_NAMES.editor,
            now: NOW,
            text: 'Fine.'
          })
        )
      )
    )
    await waitFor(() => refusals(raw).length === 2, 'two refusals')
    expect(refusals(raw)[0]).toContain(`own name (${MEMBER_NAMES.admin})`)
    const stored = readClaim(await storedDoc(server.storage, 'forgery'), 'c1')
    expect(stored?.history).toEqual([])
    expect(
      claimsMap(await storedDoc(server.storage, 'forgery'))
        .get('c1')
        ?.get(CLAIM_KEYS.comments)
    ).toHaveLength(0)
  })

  it('binds a Yjs client id to the first member and refuses it to anyone else', async () => {
    await importBriefing('client-ids')
    const checker = await clientAs('checker', 'client-ids')
    createClaimInDoc(checker.doc, {
      id: 'c1',
      quote: 'record',
      author: MEMBER_NAMES.checker,
      now: NOW
    })
    const { raw, replica } = await attackerAs('editor', 'client-ids')
    await waitFor(() => readClaim(replica.doc, 'c1') !== null, 'the claim')
    // The editor writes as the checker's client id: their next structs, in the editor's name.
    const impostor = new Y.Doc()
    Y.applyUpdate(impostor, Y.encodeStateAsUpdate(replica.doc))
    // Set after loading: Yjs would pick a new id on seeing its own id in a remote update.
    impostor.clientID = checker.doc.clientID
    const update = changeOn(impostor, () => firstText(impostor).insert(0, 'Reportedly, '))
    raw.socket.send(updateFrame(update))
    await waitFor(() => refusals(raw).length === 1, 'a refusal')
    expect(refusals(raw)[0]).toContain(
      `client id ${checker.doc.clientID} belongs to another member`
    )
    expect(await storedText('client-ids')).not.toContain('Reportedly')
  })

  it('drops presence for another member’s client id and names every caret from the server', async () => {
    await importBriefing('presence')
    const checker = await clientAs('checker', 'presence')
    checker.provider.awareness.setLocalStateField('user', {
      name: 'Somebody Else',
      color: '#123456'
    })
    const watcher = await clientAs('viewer', 'presence')
    const nameOf = (client: number) =>
      (
        watcher.provider.awareness.getStates().get(client) as
          { user?: { name?: string } } | undefined
      )?.user?.name
    await waitFor(() => nameOf(checker.doc.clientID) !== undefined, 'the checker’s presence')
    expect(nameOf(checker.doc.clientID)).toBe(MEMBER_NAMES.checker)

    // The viewer's raw socket claims the checker's client id in presence.
    const raw = await openRawSocket(`${server.syncUrl}/presence`, server.members.viewer.headers)
    opened.push(raw)
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, 1)
    const entry = encoding.createEncoder()
    encoding.writeVarUint(entry, 1)
    encoding.writeVarUint(entry, checker.doc.clientID)
    encoding.writeVarUint(entry, 1_000)
    encoding.writeVarString(entry, JSON.stringify({ user: { name: 'Hijacked', color: '#ff0000' } }))
    encoding.writeVarUint8Array(encoder, encoding.toUint8Array(entry))
    raw.socket.send(encoding.toUint8Array(encoder))
    await delay(200)
    // A later change of the checker's own still arrives, so the hijack did not take their id.
    checker.provider.awareness.setLocalStateField('openClaim', 'c1')
    await waitFor(
      () =>
        (watcher.provider.awareness.getStates().get(checker.doc.clientID) as { openClaim?: string })
          ?.openClaim === 'c1',
      'the checker’s next presence'
    )
    expect(nameOf(checker.doc.clientID)).toBe(MEMBER_NAMES.checker)
  })
})

describe('changes of access reach open sockets', () => {
  it('closes a removed member’s socket within a second, and refuses them after', async () => {
    await importBriefing('removal')
    const member = await server.accounts.addMember({
      email: 'leaving@newsroom.example',
      name: 'Lee Leaving',
      role: 'checker',
      password: TEST_PASSWORD
    })
    const token = await server.accounts.createToken(member.id, 'tests')
    const headers = { Authorization: `Bearer ${token}` }
    const raw = await openRawSocket(`${server.syncUrl}/removal`, headers)
    opened.push(raw)
    const removed = await fetch(`${server.url}/api/members/${member.id}`, {
      method: 'DELETE',
      headers: server.members.admin.headers
    })
    expect(removed.status).toBe(204)
    const started = Date.now()
    expect(await raw.closed).toBe(CloseCode.accessChanged)
    expect(Date.now() - started).toBeLessThan(1_000)
    expect(await upgradeStatus(`${server.syncUrl}/removal`, headers)).toBe(401)
  })

  it('applies a lowered role at once: the socket closes and reconnects with the new role', async () => {
    await importBriefing('lowered')
    const member = await server.accounts.addMember({
      email: 'lowered@newsroom.example',
      name: 'Lou Lowered',
      role: 'editor',
      password: TEST_PASSWORD
    })
    const token = await server.accounts.createToken(member.id, 'tests')
    const raw = await openRawSocket(`${server.syncUrl}/lowered`, {
      Authorization: `Bearer ${token}`
    })
    opened.push(raw)
    const patched = await fetch(`${server.url}/api/members/${member.id}`, {
      method: 'PATCH',
      headers: { ...server.members.admin.headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ role: 'viewer' })
    })
    expect(patched.status).toBe(200)
    expect(await raw.closed).toBe(CloseCode.accessChanged)
    const again = await openRawSocket(`${server.syncUrl}/lowered`, {
      Authorization: `Bearer ${token}`
    })
    opened.push(again)
    const doc = await storedDoc(server.storage, 'lowered')
    again.socket.send(updateFrame(changeOn(doc, () => firstText(doc).insert(0, 'X'))))
    await waitFor(() => refusals(again).length === 1, 'a refusal')
    expect(refusals(again)[0]).toContain('your role (viewer)')
  })

  it('shuts a member out of one room with a room role, as if it did not exist', async () => {
    await importBriefing('embargoed')
    const { member, headers } = server.members.checker
    const set = await fetch(`${server.url}/api/rooms/embargoed/access`, {
      method: 'PUT',
      headers: { ...server.members.admin.headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ memberId: member.id, role: 'none' })
    })
    expect(set.status).toBe(204)
    expect(await upgradeStatus(`${server.syncUrl}/embargoed`, headers)).toBe(404)
    const exported = await fetch(`${server.url}/api/rooms/embargoed/export?format=md`, {
      headers
    })
    expect(exported.status).toBe(404)
    const unknown = await fetch(`${server.url}/api/rooms/never-made/export?format=md`, {
      headers
    })
    expect(unknown.status).toBe(404)
    expect(await exported.text()).toBe(await unknown.text())
    // And raised in another: a viewer made editor of one room may import there.
    const viewer = server.members.viewer
    await fetch(`${server.url}/api/rooms/desk/access`, {
      method: 'PUT',
      headers: { ...server.members.admin.headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ memberId: viewer.member.id, role: 'editor' })
    })
    const imported = await fetch(`${server.url}/api/rooms/desk/briefing`, {
      method: 'POST',
      headers: { ...viewer.headers, 'Content-Type': 'text/plain; charset=utf-8' },
      body: BRIEFING
    })
    expect(imported.status).toBe(201)
    const elsewhere = await fetch(`${server.url}/api/rooms/desk-2/briefing`, {
      method: 'POST',
      headers: { ...viewer.headers, 'Content-Type': 'text/plain; charset=utf-8' },
      body: BRIEFING
    })
    expect(elsewhere.status).toBe(403)
  })
})

describe('invites', () => {
  it('makes a one-time link that signs its holder in with the invited role', async () => {
    const created = await fetch(`${server.url}/api/invites`, {
      method: 'POST',
      headers: { ...server.members.admin.headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ role: 'checker' })
    })
    expect(created.status).toBe(201)
    const { link } = (await created.json()) as { link: string }
    expect(link).toMatch(new RegExp(`^${server.url}/invite/cdi_`))
    const page = await fetch(link)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('invited as <strong>checker</strong>')
    const accept = () =>
      fetch(link, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          name: 'Ines Invited',
          email: 'ines@newsroom.example',
          password: TEST_PASSWORD
        })
      })
    const joined = await accept()
    expect(joined.status).toBe(303)
    const session = (joined.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
    const me = await fetch(`${server.url}/api/session`, { headers: { Cookie: session } })
    expect(await me.json()).toMatchObject({ member: { name: 'Ines Invited', role: 'checker' } })
    expect((await accept()).status).toBe(404)
  })

  it('is for admins only', async () => {
    const response = await fetch(`${server.url}/api/invites`, {
      method: 'POST',
      headers: { ...server.members.editor.headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ role: 'admin' })
    })
    expect(response.status).toBe(403)
  })
})

describe('host names', () => {
  it('answers only to its public host and loopback names, so a rebinding name gets nothing', async () => {
    const team = await startTeamServer({ publicUrl: 'https://claimdesk.newsroom.example' })
    try {
      const { headers } = team.members.viewer
      const ask = (host: string) =>
        rawHttp(
          team.port,
          `GET /api/session HTTP/1.1\r\nHost: ${host}\r\nAuthorization: ${headers.Authorization}\r\nConnection: close\r\n\r\n`
        )
      expect(statusCodes(await ask('claimdesk.newsroom.example'))).toEqual([200])
      expect(statusCodes(await ask(`127.0.0.1:${team.port}`))).toEqual([200])
      expect(statusCodes(await ask(`rebind.attacker.example:${team.port}`))).toEqual([421])
      const upgrade = await rawHttp(
        team.port,
        `GET /sync/room HTTP/1.1\r\nHost: rebind.attacker.example\r\nAuthorization: ${headers.Authorization}\r\n` +
          'Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n' +
          'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n'
      )
      expect(statusCodes(upgrade)).toEqual([421])
      // Over https the session cookie is Secure and bound to the host.
      const signIn = await fetch(`${team.url}/sign-in`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'viewer@newsroom.example', password: TEST_PASSWORD })
      })
      expect(signIn.headers.get('set-cookie')).toMatch(/^__Host-claimdesk_session=.*Secure/)
    } finally {
      await team.close()
    }
  })
})
