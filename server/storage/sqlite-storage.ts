/** Room storage in one SQLite file (better-sqlite3, WAL): the embedded default. */
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import type { RoomStorage, StoredUpdate } from './room-storage'
import { prepareSchema } from './sqlite-schema'
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

/** Thrown when another process (another Claimdesk server) has the file open. */
export class StorageInUseError extends Error {
  override readonly name = 'StorageInUseError'
}

interface UpdateRow {
  id: number
  data: Buffer
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
): RoomStorage {
  mkdirSync(dirname(filePath), { recursive: true })
  const db = openLocked(filePath, options.lockTimeoutMs ?? 2_000)
  const checkpoints = scheduleCheckpoints(
    () => {
      if (db.open) db.pragma('wal_checkpoint(TRUNCATE)')
    },
    options.onCheckpointError ?? (() => undefined),
    options.checkpoints ?? DEFAULT_CHECKPOINT_POLICY
  )

  const selectRoom = db.prepare<[string], UpdateRow>(
    'SELECT id, data FROM room_updates WHERE room = ? ORDER BY id'
  )
  const insert = db.prepare<[string, number, Uint8Array]>(
    'INSERT INTO room_updates (room, id, data) VALUES (?, ?, ?)'
  )
  const deleteOne = db.prepare<[string, number]>(
    'DELETE FROM room_updates WHERE room = ? AND id = ?'
  )
  const deleteUpTo = db.prepare<[string, number]>(
    'DELETE FROM room_updates WHERE room = ? AND id <= ?'
  )
  const compact = db.transaction((room: string, snapshot: Uint8Array, upToId: number) => {
    deleteUpTo.run(room, upToId)
    insert.run(room, upToId, snapshot)
  })
  // Only this storage writes the file, so it can count ids itself: they increase for as long
  // as it is open, and a restart continues after the largest id stored.
  const largest = db.prepare('SELECT MAX(id) FROM room_updates').pluck().get() as number | null
  let nextId = (largest ?? 0) + 1

  // better-sqlite3 is synchronous; the port is async so that other stores can be networked.
  return {
    loadUpdates: (room) =>
      settle(() =>
        selectRoom
          .all(room)
          .map((row): StoredUpdate => ({ id: row.id, update: new Uint8Array(row.data) }))
      ),
    appendUpdate: (room, update) =>
      settle(() => {
        const id = nextId
        insert.run(room, id, update)
        nextId = id + 1
        checkpoints.noteWrite()
        return id
      }),
    removeUpdate: (room, id) =>
      settle(() => {
        deleteOne.run(room, id)
      }),
    compact: (room, snapshot, upToId) =>
      settle(() => {
        compact(room, snapshot, upToId)
        checkpoints.noteWrite()
      }),
    close: () =>
      settle(() => {
        checkpoints.stop()
        if (db.open) db.close()
      })
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
