/**
 * Damaged storage never silently empties a room: damaged or unappliable rows
 * are set aside byte for byte, the room says it is damaged, imports are
 * refused and compaction keeps the set-aside rows. Real SQLite files.
 */
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import Database from 'better-sqlite3'
import * as decoding from 'lib0/decoding'
import { afterAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { readPlainText } from '../../src/collab/briefing-doc'
import { ANNO_CONTEXT } from '../../src/core/export/web-annotation-ids'
import { SyncExtensionType, parseRoomDamage } from '../../src/core/sync-extensions'
import { DamagedDataDirError } from '../../server/storage/data-file-check'
import { createSqliteStorage } from '../../server/storage/sqlite-storage'
import { createClient } from '../support/clients'
import { craftUnappliableUpdate } from '../support/crafted-update'
import { startTestServer } from '../support/test-server'
import { appendParagraph } from '../support/tiptap-doc'
import { waitFor } from '../support/wait-for'

const root = mkdtempSync(join(tmpdir(), 'claimdesk-damage-'))
let counter = 0
const freshFile = (): string => join(root, `run-${++counter}`, 'claimdesk.sqlite')

afterAll(() => {
  rmSync(root, { recursive: true, force: true })
})

/** Runs `npm run quarantine -- ARGS` and resolves with what it printed. */
async function quarantine(args: readonly string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', 'server/quarantine-cli.ts', ...args],
    { cwd: resolve(__dirname, '../..') }
  )
  return stdout.trim()
}

function briefingUpdate(text: string): Uint8Array {
  const doc = new Y.Doc()
  appendParagraph(doc, text)
  return Y.encodeStateAsUpdate(doc)
}

/** Flips two bytes in the middle of one stored row, as a failing disk would. */
function flipBytes(file: string, room: string, id: number): void {
  const db = new Database(file)
  const data = db
    .prepare('SELECT data FROM room_updates WHERE room = ? AND id = ?')
    .pluck()
    .get(room, id) as Buffer
  const damaged = Buffer.from(data)
  const middle = Math.floor(damaged.length / 2)
  damaged[middle] = (damaged[middle] ?? 0) ^ 0xff
  damaged[middle + 1] = (damaged[middle + 1] ?? 0) ^ 0xff
  db.prepare('UPDATE room_updates SET data = ? WHERE room = ? AND id = ?').run(damaged, room, id)
  db.close()
}

/** The damage report an opted-in client is sent on joining `room`, or null after a while. */
function damageReportOnJoin(syncUrl: string, room: string): Promise<unknown> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`${syncUrl}/${room}?acks=1`)
    const timer = setTimeout(() => {
      socket.close()
      resolve(null)
    }, 2_000)
    socket.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data))
      if (decoding.readVarUint(decoder) !== SyncExtensionType.roomDamage) return
      clearTimeout(timer)
      socket.close()
      resolve(parseRoomDamage(decoding.readVarString(decoder)))
    })
  })
}

describe('a stored row with flipped bytes', () => {
  it('is set aside byte for byte; the room says so, refuses imports and compaction keeps it', async () => {
    const file = freshFile()
    const before = createSqliteStorage(file)
    const snapshotId = await before.appendUpdate(
      'hit',
      briefingUpdate('Der Originaltext der Meldung.')
    )
    const original = (await before.loadUpdates('hit'))[0]?.update
    await before.close()
    flipBytes(file, 'hit', snapshotId)

    const storage = createSqliteStorage(file)
    const server = await startTestServer({
      storage,
      limits: { compactAfterUpdates: 1, compactDelayMs: 10 }
    })
    const report = await damageReportOnJoin(server.syncUrl, 'hit')
    expect(report).toMatchObject({ rows: [{ id: snapshotId, reason: 'checksum mismatch' }] })

    const imported = await fetch(`${server.url}/api/rooms/hit/briefing`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: 'Ein neuer Text, der den alten ersetzen würde.\n'
    })
    expect(imported.status).toBe(409)
    expect(((await imported.json()) as { error: string }).error).toMatch(/^room is damaged/)

    // Reviewers may still type; compaction then runs and must not drop the set-aside row.
    const writer = createClient(server.syncUrl, 'hit')
    await writer.synced()
    appendParagraph(writer.doc, 'typed after the damage')
    appendParagraph(writer.doc, 'and more')
    await waitFor(() => writer.provider.synced, 'writer synced')
    writer.destroy()
    await server.close()

    const reopened = createSqliteStorage(file)
    const kept = await reopened.readQuarantined('hit', snapshotId)
    expect(kept).toBeDefined()
    expect(kept?.length).toBe(original?.length)
    expect(Buffer.from(kept ?? []).equals(Buffer.from(original ?? []))).toBe(false)
    expect(await reopened.listQuarantined('hit')).toHaveLength(1)
    await reopened.close()

    // An administrator saves the row, then releases the room: it takes imports again.
    const dataDir = join(file, '..')
    const listed = await quarantine(['list', '--data', dataDir, '--room', 'hit'])
    expect(listed).toMatch(new RegExp(`^hit #${snapshotId}: \\d+ bytes, checksum mismatch, `))
    const saved = join(dataDir, '..', 'row.bin')
    await quarantine([
      'save',
      '--data',
      dataDir,
      '--room',
      'hit',
      '--id',
      String(snapshotId),
      '--to',
      saved
    ])
    expect(readFileSync(saved).length).toBe(original?.length)
    expect(await quarantine(['release', '--data', dataDir, '--room', 'hit'])).toMatch(
      /1 set-aside row/
    )
    const again = await startTestServer({ storage: createSqliteStorage(file) })
    const retried = await fetch(`${again.url}/api/rooms/hit/annotations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/ld+json' },
      body: JSON.stringify({
        '@context': ANNO_CONTEXT,
        type: 'AnnotationCollection',
        first: { type: 'AnnotationPage', items: [] }
      })
    })
    expect(retried.status).toBe(200)
    await again.close()
  })
})

describe('a stored row that does not apply', () => {
  it('is set aside, and nothing of it stays half-applied', async () => {
    const file = freshFile()
    const storage = createSqliteStorage(file)
    await storage.appendUpdate('mixed', briefingUpdate('Erster Absatz.'))
    const bad = await storage.appendUpdate('mixed', craftUnappliableUpdate())
    const server = await startTestServer({ storage })
    const reader = createClient(server.syncUrl, 'mixed')
    await reader.synced()
    expect(readPlainText(reader.doc)).toBe('Erster Absatz.')
    expect(reader.doc.share.size).toBeLessThanOrEqual(1)
    reader.destroy()
    expect(await storage.listQuarantined('mixed')).toMatchObject([
      { id: bad, reason: 'does not apply' }
    ])
    await server.close()
  })
})

describe('a data directory that lost its database', () => {
  it('refuses a 0-byte database file', () => {
    const file = freshFile()
    mkdirSync(join(file, '..'), { recursive: true })
    writeFileSync(file, '')
    expect(() => createSqliteStorage(file)).toThrow(DamagedDataDirError)
    expect(() => createSqliteStorage(file)).toThrow(/is empty \(0 bytes\)/)
  })

  it('refuses a missing database beside its journal, and starts in an empty directory', async () => {
    const file = freshFile()
    mkdirSync(join(file, '..'), { recursive: true })
    writeFileSync(`${file}-wal`, 'journal of rooms that existed')
    expect(() => createSqliteStorage(file)).toThrow(/holds files \(claimdesk\.sqlite-wal\)/)
    const fresh = createSqliteStorage(freshFile())
    expect(await fresh.loadUpdates('any')).toEqual([])
    await fresh.close()
  })
})
