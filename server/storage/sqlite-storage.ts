/** Room storage in one SQLite file (better-sqlite3, WAL): the embedded default. */
import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import type { AccountStore } from '../accounts/account-store'
import type { NewActivity } from './record-store'
import type { QuarantinedUpdate, RoomStorage, StoredUpdate } from './room-storage'
import { createSqliteAccounts } from './sqlite-accounts'
import { createSqliteRecord } from './sqlite-record'
import { checkDataFile } from './data-file-check'
import { prepareSchema, rowChecksum } from './sqlite-schema'
import { settle } from './settle'
import type { CheckpointPolicy } from './wal-checkpoints'
import { DEFAULT_CHECKPOINT_POLICY, scheduleCheckpoints } from './wal-checkpoints'

/** Tuning for tests; the defaults suit the server. */
export interface SqliteStorageOptions {
  /** How long to wait for a file another process holds before giving up. */
  readonly lockTimeoutMs?: number
  readonly checkpoints?: CheckpointPolicy
  /** Told about a failed background checkpoint (nothing is lost by one). */
  readonly onCheckpointError?: (error: unknown) => void
}

/** The SQLite storage: the port, plus an online backup of the whole file. */
export interface SqliteRoomStorage extends RoomStorage {
  /**
   * Writes a consistent copy of the database to `to` while the server keeps
   * serving (SQLite's online backup, in steps between other work); resolves
   * with its size. The copy appears under `to` only once it is complete.
   */
  backup(to: string): Promise<number>
  /** The team server's members, sessions and room access, in the same file. */
  readonly accounts: AccountStore
}

/** Thrown when another process (another Claimdesk server) has the file open. */
export class StorageInUseError extends Error {
  override readonly name = 'StorageInUseError'
}

interface UpdateRow {
  id: number
  data: Buffer
  checksum: number
}

interface QuarantineRow {
  id: number
  bytes: number
  reason: string
  quarantined_at: string
}

/**
 * Opens (or creates, with its directory) the SQLite file at `filePath`.
 * WAL with synchronous=NORMAL: a committed update survives a crash of the
 * process (kill -9); only a power loss can drop the last transactions.
 * The file is locked for this storage alone: two servers writing one file
 * would each hold a different version of the same rooms in memory.
 */
export function createSqliteStorage(
  filePath: string,
  options: SqliteStorageOptions = {}
): SqliteRoomStorage {
  checkDataFile(filePath)
  mkdirSync(dirname(filePath), { recursive: true })
  const db = openLocked(filePath, options.lockTimeoutMs ?? 2_000)
  const checkpoints = scheduleCheckpoints(
    () => {
      if (db.open) db.pragma('wal_checkpoint(TRUNCATE)')
    },
    options.onCheckpointError ?? (() => undefined),
    options.checkpoints ?? DEFAULT_CHECKPOINT_POLICY
  )

  const record = createSqliteRecord(db, () => checkpoints.noteWrite())
  const statements = prepareStatements(db, record.appendNow)
  // Only this storage writes the file, so it can count ids itself: they increase for as long
  // as it is open, and a restart continues after the largest id stored or set aside.
  let nextId = statements.largestId() + 1

  // better-sqlite3 is synchronous; the port is async so that other stores can be networked.
  return {
    loadUpdates: (room) => settle(() => statements.load(room)),
    appendUpdate: (room, update, activity = []) =>
      settle(() => {
        const id = nextId
        // The hot path: one statement, no transaction of its own, unless there is activity.
        if (activity.length === 0) statements.insert.run(room, id, update, rowChecksum(update))
        else statements.insertMany(room, id, [update], activity)
        nextId = id + 1
        checkpoints.noteWrite()
        return id
      }),
    appendUpdates: (room, updates, activity = []) =>
      settle(() => {
        const first = nextId
        statements.insertMany(room, first, updates, activity)
        nextId = first + updates.length
        checkpoints.noteWrite()
        return updates.map((_, index) => first + index)
      }),
    quarantine: (room, id, reason) =>
      settle(() => {
        statements.quarantine(room, id, reason)
        checkpoints.noteWrite()
      }),
    listQuarantined: (room) =>
      settle(() =>
        statements.listQuarantined.all(room).map((row): QuarantinedUpdate => ({
          id: row.id,
          bytes: row.bytes,
          reason: row.reason,
          quarantinedAt: row.quarantined_at
        }))
      ),
    readQuarantined: (room, id) =>
      settle(() => {
        const data = statements.readQuarantined.get(room, id)
        return data === undefined ? undefined : new Uint8Array(data)
      }),
    releaseQuarantined: (room) =>
      settle(() => {
        const count = statements.releaseQuarantined.run(room).changes
        checkpoints.noteWrite()
        return count
      }),
    compact: (room, snapshot, upToId) =>
      settle(() => {
        statements.compact(room, snapshot, upToId)
        checkpoints.noteWrite()
      }),
    record,
    accounts: createSqliteAccounts(db, () => checkpoints.noteWrite()),
    backup: async (to) => {
      const partial = `${to}.partial`
      try {
        await db.backup(partial)
        renameSync(partial, to)
      } finally {
        rmSync(partial, { force: true })
      }
      return statSync(to).size
    },
    close: () =>
      settle(() => {
        checkpoints.stop()
        if (db.open) db.close()
      })
  }
}

/** The storage's queries, prepared once. */
function prepareStatements(
  db: Database.Database,
  appendActivity: (room: string, entries: readonly NewActivity[]) => void
) {
  const selectRoom = db.prepare<[string], UpdateRow>(
    'SELECT id, data, checksum FROM room_updates WHERE room = ? ORDER BY id'
  )
  const insert = db.prepare<[string, number, Uint8Array, number]>(
    'INSERT INTO room_updates (room, id, data, checksum) VALUES (?, ?, ?, ?)'
  )
  const deleteUpTo = db.prepare<[string, number]>(
    'DELETE FROM room_updates WHERE room = ? AND id <= ?'
  )
  const moveToQuarantine = db.prepare<[string, string, string, number]>(
    `INSERT INTO quarantined_updates (room, id, data, checksum, reason, quarantined_at)
     SELECT room, id, data, checksum, ?, ? FROM room_updates WHERE room = ? AND id = ?`
  )
  const deleteOne = db.prepare<[string, number]>(
    'DELETE FROM room_updates WHERE room = ? AND id = ?'
  )
  const listQuarantined = db.prepare<[string], QuarantineRow>(
    `SELECT id, length(data) AS bytes, reason, quarantined_at FROM quarantined_updates
     WHERE room = ? ORDER BY id`
  )
  const readQuarantined = db
    .prepare<[string, number], Buffer>(
      'SELECT data FROM quarantined_updates WHERE room = ? AND id = ?'
    )
    .pluck()
  const releaseQuarantined = db.prepare<[string]>('DELETE FROM quarantined_updates WHERE room = ?')
  const quarantine = db.transaction((room: string, id: number, reason: string) => {
    moveToQuarantine.run(reason, new Date().toISOString(), room, id)
    deleteOne.run(room, id)
  })
  const insertMany = db.transaction(
    (
      room: string,
      firstId: number,
      updates: readonly Uint8Array[],
      activity: readonly NewActivity[]
    ) => {
      updates.forEach((update, index) =>
        insert.run(room, firstId + index, update, rowChecksum(update))
      )
      appendActivity(room, activity)
    }
  )
  const compact = db.transaction((room: string, snapshot: Uint8Array, upToId: number) => {
    deleteUpTo.run(room, upToId)
    insert.run(room, upToId, snapshot, rowChecksum(snapshot))
  })
  const largest = db
    .prepare(
      'SELECT MAX(id) FROM (SELECT MAX(id) AS id FROM room_updates UNION ALL SELECT MAX(id) FROM quarantined_updates)'
    )
    .pluck()
  const load = (room: string): StoredUpdate[] => {
    const intact: StoredUpdate[] = []
    for (const row of selectRoom.all(room)) {
      if (rowChecksum(row.data) === row.checksum) {
        intact.push({ id: row.id, update: new Uint8Array(row.data) })
      } else {
        // Kept byte for byte: someone may still recover it by hand.
        quarantine(room, row.id, 'checksum mismatch')
      }
    }
    return intact
  }
  return {
    insert,
    insertMany,
    compact,
    quarantine,
    listQuarantined,
    readQuarantined,
    releaseQuarantined,
    load,
    largestId: () => (largest.get() as number | null) ?? 0
  }
}

/**
 * Opens the file in WAL mode with an exclusive lock, held until close. The
 * lock also keeps SQLite's log index in this process's memory (no -shm file)
 * and spares every commit the file-lock system calls.
 */
function openLocked(filePath: string, lockTimeoutMs: number): Database.Database {
  const db = new Database(filePath, { timeout: lockTimeoutMs })
  try {
    // Must precede the first access to the log, or SQLite keeps a shared-memory index.
    db.pragma('locking_mode = EXCLUSIVE')
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
    // SQLite's automatic checkpoint would run inside whichever commit crosses 1,000 pages
    // of log, so one reviewer's edit would wait for it; wal-checkpoints.ts decides instead.
    db.pragma('wal_autocheckpoint = 0')
    prepareSchema(db)
  } catch (error) {
    db.close()
    if (isBusy(error)) {
      throw new StorageInUseError(`${filePath} is in use by another Claimdesk server`)
    }
    throw error
  }
  return db
}

function isBusy(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'SQLITE_BUSY'
}
