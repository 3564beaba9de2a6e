/**
 * A member of a team server working offline, with the app's own room connection (local copy,
 * acks, heartbeat) on a simulated device: a session that expires while away loses nothing
 * once they sign in again; work the server refuses after their role was lowered stays on the
 * device, is reported, and can be exported.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { buildExportInput } from '../../src/collab/export/room-export'
import { createClaimInDoc, readClaim, setClaimStatus } from '../../src/collab/claims/claims-doc'
import type { RoomConnection } from '../../src/collab/room-connection'
import { exportMarkdown } from '../../src/core/export/markdown'
import { createClient } from '../support/clients'
import {
  allSynced,
  createDevice,
  localCopyRead,
  openRoomOn,
  waitForState
} from '../support/offline-clients'
import type { TeamServer } from '../support/team-server'
import { MEMBER_NAMES, TEST_PASSWORD, startTeamServer } from '../support/team-server'
import { waitForAsync } from '../support/wait-for'

const BRIEFING = `Bridge repairs
The bridge reopened after 14 months of repairs costing 38 million euros.

Sources
- City works department: https://city.example/bridge
`
const NOW = '2026-12-02T10:00:00.000Z'
const DAY_MS = 24 * 60 * 60 * 1000

// The server's clock, moved forward by the test to let sessions expire.
let clockOffset = 0
let server: TeamServer
const open: RoomConnection[] = []

beforeAll(async () => {
  server = await startTeamServer({ accounts: { now: () => new Date(Date.now() + clockOffset) } })
})
afterEach(() => {
  for (const connection of open.splice(0)) connection.destroy()
  clockOffset = 0
})
afterAll(() => server.close())

async function sessionCookie(email: string): Promise<string> {
  const response = await fetch(`${server.url}/sign-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_PASSWORD })
  })
  expect(response.status).toBe(200)
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
}

async function seedWithClaim(room: string): Promise<void> {
  const seeded = await fetch(`${server.url}/api/rooms/${room}/briefing`, {
    method: 'POST',
    headers: { ...server.members.editor.headers, 'Content-Type': 'text/plain; charset=utf-8' },
    body: BRIEFING
  })
  expect(seeded.status).toBe(201)
  const editor = createClient(server.syncUrl, room, new Y.Doc(), server.members.editor.headers)
  await editor.synced()
  createClaimInDoc(editor.doc, {
    id: 'c1',
    quote: '38 million euros',
    author: MEMBER_NAMES.editor,
    now: NOW
  })
  await waitForAsync(async () => readClaim(await stored(room), 'c1') !== null, 'the claim stored')
  editor.destroy()
}

async function stored(room: string): Promise<Y.Doc> {
  const doc = new Y.Doc()
  for (const row of await server.storage.loadUpdates(room)) Y.applyUpdate(doc, row.update)
  return doc
}

describe('a team server member offline', () => {
  it('signs in again after the session expired while away, and the pending edits sync', async () => {
    await seedWithClaim('expired')
    const device = createDevice()
    const headers = { Cookie: await sessionCookie('checker@newsroom.example') }
    const checker = openRoomOn(device, server.url, 'expired', MEMBER_NAMES.checker, headers)
    open.push(checker)
    await allSynced(checker)
    await waitForState(checker, () => readClaim(checker.doc, 'c1') !== null, 'the claim')

    device.network.set(false)
    setClaimStatus(checker.doc, 'c1', {
      changeId: 'h1',
      to: 'verified',
      author: MEMBER_NAMES.checker,
      now: NOW
    })
    clockOffset = 15 * DAY_MS
    const expired = await fetch(`${server.url}/api/session`, { headers })
    expect(expired.status).toBe(401)

    device.network.set(true)
    // The old session is refused at every attempt; the edit waits on the device meanwhile.
    await waitForState(checker, (state) => state.link !== 'online', 'the refused reconnection')
    expect(checker.getState().pending).toBeGreaterThan(0)
    expect(readClaim(await stored('expired'), 'c1')?.status).toBe('unverified')

    headers.Cookie = await sessionCookie('checker@newsroom.example')
    await allSynced(checker)
    expect(readClaim(await stored('expired'), 'c1')?.status).toBe('verified')
  })

  it('keeps work the server refuses after the role was lowered, says so, and exports it', async () => {
    await seedWithClaim('lowered')
    const device = createDevice()
    const member = await server.accounts.addMember({
      email: 'away@newsroom.example',
      name: 'Avi Away',
      role: 'checker',
      password: TEST_PASSWORD
    })
    const headers = { Cookie: await sessionCookie('away@newsroom.example') }
    const away = openRoomOn(device, server.url, 'lowered', 'Avi Away', headers)
    open.push(away)
    await allSynced(away)
    await waitForState(away, () => readClaim(away.doc, 'c1') !== null, 'the claim')

    device.network.set(false)
    setClaimStatus(away.doc, 'c1', {
      changeId: 'h1',
      to: 'disputed',
      author: 'Avi Away',
      now: NOW,
      note: 'The city says 41 million.'
    })
    await server.accounts.setRole(member.id, 'viewer')
    device.network.set(true)

    await waitForState(away, (state) => (state.refusedUpdates?.count ?? 0) > 0, 'the refusal')
    expect(away.getState().refusedUpdates?.reason).toContain('your role (viewer) may not')
    expect(readClaim(await stored('lowered'), 'c1')?.status).toBe('unverified')
    // Still on the device: in the document and in its local copy, after a reload too.
    expect(readClaim(away.doc, 'c1')?.status).toBe('disputed')
    away.destroy()
    open.splice(open.indexOf(away), 1)
    device.network.set(false)
    const reloaded = openRoomOn(device, server.url, 'lowered', 'Avi Away', headers)
    open.push(reloaded)
    await localCopyRead(reloaded)
    expect(readClaim(reloaded.doc, 'c1')?.status).toBe('disputed')
    // And it can be kept as a file: this device's version exports with the refused status.
    const input = buildExportInput(reloaded.doc, {
      room: 'lowered',
      exportedAt: NOW,
      appVersion: 'test'
    })
    expect(input.ok).toBe(true)
    if (input.ok) expect(exportMarkdown(input.value)).toContain('The city says 41 million.')
  })
})
