/** The SQLite file's layout, created or brought up to date when a storage opens it. */
import type { Database } from 'better-sqlite3'

/** Bumped whenever the layout below changes; stored in SQLite's `user_version`. */
export const SCHEMA_VERSION = 1

// Rows are kept in (room, id) order in one B-tree, so storing an update touches one page,
// not a table page and an index page. Ids are given out by the storage itself (see
// sqlite-storage.ts): AUTOINCREMENT would rewrite the sqlite_sequence page on every insert.
const CREATE_TABLES = `
CREATE TABLE room_updates (
  room TEXT NOT NULL,
  id INTEGER NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (room, id)
) WITHOUT ROWID;
`

// Files written before version 1 hold the same columns in a rowid table with an
// AUTOINCREMENT id and an index on (room, id).
const MIGRATE_FROM_0 = `
ALTER TABLE room_updates RENAME TO room_updates_v0;
DROP INDEX IF EXISTS room_updates_by_room;
${CREATE_TABLES}
INSERT INTO room_updates (room, id, data) SELECT room, id, data FROM room_updates_v0;
DROP TABLE room_updates_v0;
`

/**
 * Creates the tables in a new file or migrates an older file, in one write
 * transaction. Refuses a file written by a newer Claimdesk rather than
 * guessing at its layout.
 */
export function prepareSchema(db: Database): void {
  const migrate = db.transaction(() => {
    const version = db.pragma('user_version', { simple: true }) as number
    if (version === SCHEMA_VERSION) return
    if (version > SCHEMA_VERSION) {
      throw new Error(
        `${db.name} was written by a newer Claimdesk (schema ${version}; this one knows ${SCHEMA_VERSION})`
      )
    }
    const hasTable = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'room_updates'")
      .get()
    db.exec(hasTable ? MIGRATE_FROM_0 : CREATE_TABLES)
    db.pragma(`user_version = ${SCHEMA_VERSION}`)
  })
  // IMMEDIATE takes the write lock at once, so an exclusive storage holds it from here on.
  migrate.immediate()
}
