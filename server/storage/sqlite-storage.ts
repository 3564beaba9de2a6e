/** Room storage in one SQLite file (better-sqlite3, WAL): the embedded default. */
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import type { RoomStorage, StoredUpdate } from './room-storage'
import { settle } from './settle'

const SCHEMA = `
CREATE TABLE IF NOT EXISTS room_updates (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  room TEXT NOT NULL,
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS room_updates_by_room ON room_updates (room, id);
`

/** How often the write-ahead log is copied into the database file. */
const CHECKPOINT_INTERVAL_MS = 5_000

interface UpdateRow {
  id: number
  data: Buffer
}

/**
 * Opens (or creates, with its directory) the SQLite file at `filePath`.
 * WAL with synchronous=NORMAL: a committed update survives a crash of the
 * process (kill -9); only a power loss can drop the last transactions.
 */
export function createSqliteStorage(filePath: string): RoomStorage {
  mkdirSync(dirname(filePath), { recursive: true })
  const db = new Database(filePath)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.pragma('busy_timeout = 5000')
  // SQLite's automatic checkpoint runs inside whichever commit crosses 1,000 pages of log,
  // so one reviewer's edit would wait for the copy and its fsync. Checkpoints run on a timer
  // instead, between edits. The log itself is as durable either way: SQLite replays it on open.
  db.pragma('wal_autocheckpoint = 0')
  db.exec(SCHEMA)
  const checkpointTimer = setInterval(() => {
    if (db.open) db.pragma('wal_checkpoint(PASSIVE)')
  }, CHECKPOINT_INTERVAL_MS)
  checkpointTimer.unref()

  const selectRoom = db.prepare<[string], UpdateRow>(
    'SELECT id, data FROM room_updates WHERE room = ? ORDER BY id'
  )
  const insert = db.prepare<[string, Uint8Array]>(
    'INSERT INTO room_updates (room, data) VALUES (?, ?)'
  )
  const insertWithId = db.prepare<[number, string, Uint8Array]>(
    'INSERT INTO room_updates (id, room, data) VALUES (?, ?, ?)'
  )
  const deleteOne = db.prepare<[string, number]>(
    'DELETE FROM room_updates WHERE room = ? AND id = ?'
  )
  const deleteUpTo = db.prepare<[string, number]>(
    'DELETE FROM room_updates WHERE room = ? AND id <= ?'
  )
  const compact = db.transaction((room: string, snapshot: Uint8Array, upToId: number) => {
    deleteUpTo.run(room, upToId)
    insertWithId.run(upToId, room, snapshot)
  })

  // better-sqlite3 is synchronous; the port is async so that other stores can be networked.
  return {
    loadUpdates: (room) =>
      settle(() =>
        selectRoom
          .all(room)
          .map((row): StoredUpdate => ({ id: row.id, update: new Uint8Array(row.data) }))
      ),
    appendUpdate: (room, update) => settle(() => Number(insert.run(room, update).lastInsertRowid)),
    removeUpdate: (room, id) =>
      settle(() => {
        deleteOne.run(room, id)
      }),
    compact: (room, snapshot, upToId) => settle(() => compact(room, snapshot, upToId)),
    close: () =>
      settle(() => {
        clearInterval(checkpointTimer)
        if (db.open) db.close()
      })
  }
}
