/**
 * The activity log on the desktop's open server, as a real child process on a real SQLite
 * file: entries name the reviewer the client's presence gives (nobody signs in there), and
 * they survive kill -9 together with the updates they describe; automatic versions are taken
 * as the room is worked on.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createClaimInDoc, readClaim, setClaimStatus } from '../../src/collab/claims/claims-doc'
import { setSecondCheck } from '../../src/collab/room-settings'
import type { ActivityEntry } from '../../src/core/record/activity'
import type { VersionInfo } from '../../server/storage/record-store'
import { readPlainText } from '../../src/collab/briefing-doc'
import { createClient } from '../support/clients'
import { spawnServerProcess } from '../support/server-process'
import { storedDoc } from '../support/raw-updates'
import { startTestServer } from '../support/test-server'
import { appendParagraph } from '../support/tiptap-doc'
import { delay, waitFor, waitForAsync } from '../support/wait-for'

const root = mkdtempSync(join(tmpdir(), 'claimdesk-record-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const AT = '2026-12-02T09:00:00.000Z'

async function activityOf(url: string, room: string): Promise<ActivityEntry[]> {
  const response = await fetch(`${url}/api/rooms/${room}/activity`)
  expect(response.status).toBe(200)
  return ((await response.json()) as { activity: ActivityEntry[] }).activity
}

describe('the activity log on an open server', () => {
  it('names the reviewer from presence and keeps every entry across kill -9', async () => {
    const dataDir = join(root, 'killed')
    const first = await spawnServerProcess({ dataDir })
    const writer = createClient(first.syncUrl, 'record-crash')
    writer.provider.awareness.setLocalStateField('user', { name: 'Rita Reviewer', color: '#000' })
    const reader = createClient(first.syncUrl, 'record-crash')
    await Promise.all([writer.synced(), reader.synced()])
    appendParagraph(writer.doc, 'Die Zahl der Anträge stieg um 12 Prozent.')
    createClaimInDoc(writer.doc, {
      id: 'c1',
      quote: 'um 12 Prozent',
      author: 'Rita Reviewer',
      now: AT
    })
    setClaimStatus(writer.doc, 'c1', {
      changeId: 's1',
      to: 'in-review',
      author: 'Rita Reviewer',
      now: AT
    })
    setSecondCheck(writer.doc, true)
    // Relayed means stored, with its activity in the same transaction.
    await waitFor(() => readClaim(reader.doc, 'c1')?.status === 'in-review', 'the status')
    await waitFor(() => reader.doc.getMap('settings').get('secondCheck') === true, 'the rule')
    expect(await first.stop('SIGKILL')).toBe('SIGKILL')
    writer.destroy()
    reader.destroy()

    const second = await spawnServerProcess({ dataDir })
    try {
      const entries = [...(await activityOf(second.url, 'record-crash'))].reverse()
      expect(entries.map((entry) => [entry.kind, entry.actor])).toEqual([
        ['text-edited', 'Rita Reviewer'],
        ['claim-tagged', 'Rita Reviewer'],
        ['status-set', 'Rita Reviewer'],
        ['rule-switched', 'Rita Reviewer']
      ])
      expect(entries[3]?.detail).toMatchObject({ rule: 'secondCheck', value: true })
    } finally {
      await second.stop('SIGTERM')
    }
  })
})

describe('automatic versions', () => {
  it('are taken once the last is old enough, encoded off the loop, and open read-only', async () => {
    const server = await startTestServer({ record: { versionEveryMs: 2_000 } })
    const writer = createClient(server.syncUrl, 'auto-versions')
    try {
      await writer.synced()
      appendParagraph(writer.doc, 'Erster Stand.')
      await waitForAsync(
        async () => readPlainText(await storedDoc(server.storage, 'auto-versions')) !== '',
        'the first edit to be stored'
      )
      const listed = async (): Promise<VersionInfo[]> =>
        (
          (await (await fetch(`${server.url}/api/rooms/auto-versions/versions`)).json()) as {
            versions: VersionInfo[]
          }
        ).versions
      // The first edit starts the clock: no version for a room's first keystroke.
      expect(await listed()).toEqual([])
      await delay(2_100)
      appendParagraph(writer.doc, 'Zweiter Stand.')
      await waitForAsync(async () => (await listed()).length === 1, 'an automatic version')
      const [auto] = await listed()
      expect(auto).toMatchObject({ reason: 'auto', name: null, takenBy: null })
      const opened = (await (
        await fetch(`${server.url}/api/rooms/auto-versions/versions/${auto?.id}`)
      ).json()) as { text: string }
      expect(opened.text).toContain('Zweiter Stand.')
      // Another edit right after takes none: the last version is too recent. (The interval
      // leaves room for opening the version first, which starts a worker.)
      appendParagraph(writer.doc, 'Dritter Stand.')
      await delay(100)
      expect(await listed()).toHaveLength(1)
    } finally {
      writer.destroy()
      await server.close()
    }
  })
})
