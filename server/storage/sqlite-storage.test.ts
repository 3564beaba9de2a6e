import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { waitFor } from '../../tests/support/wait-for'
import { describeRecordStoreContract } from './record-store.contract'
import { describeRoomStorageContract } from './room-storage.contract'
import { SCHEMA_VERSION } from './sqlite-schema'
import { StorageInUseError, createSqliteStorage } from './sqlite-storage'

const root = mkdtempSync(join(tmpdir(), 'claimdesk-sqlite-'))
let fileCounter = 0
const freshFile = (): string => join(root, `run-${++fileCounter}`, 'claimdesk.sqlite')

afterAll(() => {
  rmSync(root, { recursive: true, force: true })
})

describeRoomStorageContract('sqlite storage', () => createSqliteStorage(freshFile()))
describeRecordStoreContract('sqlite storage', () => createSqliteStorage(freshFile()))

describe('sqlite storage: the record in the file', () => {
  it('refuses to change or delete an activity entry, even by hand, and keeps it across reopening', async () => {
    const file = freshFile()
    const storage = createSqliteStorage(file)
    await storage.appendUpdate('room-a', Uint8Array.of(1), [
      {
        kind: 'text-edited',
        detail: { added: 3, removed: 0 },
        at: '2026-12-02T09:00:00.000Z',
        actor: 'Ana'
      }
    ])
    await storage.close()
    const db = new Database(file)
    expect(() => db.prepare("UPDATE activity SET actor = 'Eve'").run()).toThrow(/append-only/)
    expect(() => db.prepare('DELETE FROM activity').run()).toThrow(/append-only/)
    db.close()
    const reopened = createSqliteStorage(file)
    expect(await reopened.record.listActivity('room-a')).toMatchObject([
      { actor: 'Ana', kind: 'text-edited' }
    ])
    await reopened.close()
  })

  it('says which version is damaged instead of returning bad bytes', async () => {
    const file = freshFile()
    const storage = createSqliteStorage(file)
    const saved = await storage.record.saveVersion(
      'room-a',
      {
        takenAt: '2026-12-02T09:00:00.000Z',
        name: 'v',
        reason: 'named',
        takenBy: null,
        textLength: 0,
        claims: 0
      },
      Uint8Array.of(1, 2, 3)
    )
    await storage.close()
    const db = new Database(file)
    db.prepare('UPDATE versions SET data = ? WHERE id = ?').run(Buffer.from([1, 2, 4]), saved.id)
    db.close()
    const reopened = createSqliteStorage(file)
    await expect(reopened.record.readVersion('room-a', saved.id)).rejects.toThrow(/damaged/)
    await reopened.close()
  })
})

describe('sqlite storage on disk', () => {
  it('keeps updates across reopening the same file', async () => {
    const file = freshFile()
    const first = createSqliteStorage(file)
    const id = await first.appendUpdate('room-a', Uint8Array.from([4, 2]))
    await first.close()
    const second = createSqliteStorage(file)
    expect(await second.loadUpdates('room-a')).toEqual([{ id, update: Uint8Array.from([4, 2]) }])
    await second.close()
  })

  it('never reuses an id after compaction deleted rows', async () => {
    const storage = createSqliteStorage(freshFile())
    await storage.appendUpdate('room-a', Uint8Array.from([1]))
    const second = await storage.appendUpdate('room-a', Uint8Array.from([2]))
    await storage.compact('room-a', Uint8Array.from([3]), second)
    expect(await storage.appendUpdate('room-a', Uint8Array.from([4]))).toBeGreaterThan(second)
    await storage.close()
  })

  it('continues ids after the largest stored one when reopened', async () => {
    const file = freshFile()
    const first = createSqliteStorage(file)
    await first.appendUpdate('room-a', Uint8Array.from([1]))
    const last = await first.appendUpdate('room-b', Uint8Array.from([2]))
    await first.close()
    const second = createSqliteStorage(file)
    expect(await second.appendUpdate('room-a', Uint8Array.from([3]))).toBeGreaterThan(last)
    await second.close()
  })

  it('refuses a second storage on the same file with a clear error; the first keeps working', async () => {
    const file = freshFile()
    const first = createSqliteStorage(file)
    await first.appendUpdate('room-a', Uint8Array.from([1]))
    expect(() => createSqliteStorage(file, { lockTimeoutMs: 50 })).toThrow(StorageInUseError)
    expect(() => createSqliteStorage(file, { lockTimeoutMs: 50 })).toThrow(
      /in use by another Claimdesk server/
    )
    await first.appendUpdate('room-a', Uint8Array.from([2]))
    expect(await first.loadUpdates('room-a')).toHaveLength(2)
    await first.close()
  })

  it('copies the write-ahead log into the file once writes pause', async () => {
    const file = freshFile()
    const storage = createSqliteStorage(file, {
      checkpoints: { idleMs: 50, maxPendingWrites: 10_000 }
    })
    for (let index = 0; index < 20; index++) {
      await storage.appendUpdate('room-a', Uint8Array.from([index]))
    }
    const logSize = (): number => (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0)
    expect(logSize()).toBeGreaterThan(0)
    await waitFor(() => logSize() === 0, 'the log to be checkpointed and truncated')
    expect(await storage.loadUpdates('room-a')).toHaveLength(20)
    await storage.close()
  })
})

describe('sqlite storage schema', () => {
  it('migrates a file written before schema 1, keeping rows and ids', async () => {
    const file = freshFile()
    mkdirSync(dirname(file), { recursive: true })
    const legacy = new Database(file)
    legacy.exec(`
      CREATE TABLE room_updates (id INTEGER PRIMARY KEY AUTOINCREMENT, room TEXT NOT NULL, data BLOB NOT NULL);
      CREATE INDEX room_updates_by_room ON room_updates (room, id);
      INSERT INTO room_updates (room, data) VALUES ('room-a', x'01'), ('room-b', x'02'), ('room-a', x'03');
    `)
    legacy.close()

    const storage = createSqliteStorage(file)
    expect(await storage.loadUpdates('room-a')).toEqual([
      { id: 1, update: Uint8Array.from([1]) },
      { id: 3, update: Uint8Array.from([3]) }
    ])
    expect(await storage.appendUpdate('room-b', Uint8Array.from([4]))).toBe(4)
    await storage.close()

    const check = new Database(file, { readonly: true })
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    const table = check.prepare("SELECT sql FROM sqlite_master WHERE name = 'room_updates'").pluck()
    expect(table.get()).toMatch(/WITHOUT ROWID/)
    check.close()
  })

  it('refuses a file from a newer Claimdesk and leaves it untouched', async () => {
    const file = freshFile()
    await createSqliteStorage(file).close()
    const newer = new Database(file)
    newer.pragma(`user_version = ${SCHEMA_VERSION + 1}`)
    newer.close()
    expect(() => createSqliteStorage(file)).toThrow(/written by a newer Claimdesk/)
    const check = new Database(file, { readonly: true })
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1)
    check.close()
  })
})
