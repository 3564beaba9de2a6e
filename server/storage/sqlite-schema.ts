/** The SQLite file's layout, created or brought up to date when a storage opens it. */
import { crc32 } from 'node:zlib'
import type { Database } from 'better-sqlite3'

/** Bumped whenever the layout below changes; stored in SQLite's `user_version`. */
export const SCHEMA_VERSION = 4

/** The checksum every row carries: CRC-32 of its bytes. */
export function rowChecksum(data: Uint8Array): number {
  return crc32(data)
}

// Rows are kept in (room, id) order in one B-tree, so storing an update touches one page,
// not a table page and an index page. Ids are given out by the storage itself (see
// sqlite-storage.ts): AUTOINCREMENT would rewrite the sqlite_sequence page on every insert.
// Quarantined rows live in a table of their own, so compaction cannot reach them.
const CREATE_TABLES = `
CREATE TABLE room_updates (
  room TEXT NOT NULL,
  id INTEGER NOT NULL,
  data BLOB NOT NULL,
  checksum INTEGER NOT NULL,
  PRIMARY KEY (room, id)
) WITHOUT ROWID;
CREATE TABLE quarantined_updates (
  room TEXT NOT NULL,
  id INTEGER NOT NULL,
  data BLOB NOT NULL,
  checksum INTEGER NOT NULL,
  reason TEXT NOT NULL,
  quarantined_at TEXT NOT NULL,
  PRIMARY KEY (room, id)
) WITHOUT ROWID;
`

// Version 3: a team server's members and what hangs off them (server/accounts/account-store.ts).
// Secrets are stored as SHA-256 hex, passwords as scrypt hashes. Deleting a member deletes
// their rows in one transaction (sqlite-accounts.ts), so no foreign keys are needed.
const ACCOUNT_TABLES = `
CREATE TABLE members (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  password_hash TEXT,
  created_at TEXT NOT NULL
);
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  member_id TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX sessions_by_member ON sessions (member_id);
CREATE TABLE api_tokens (
  token_hash TEXT PRIMARY KEY,
  member_id TEXT NOT NULL,
  label TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE invites (
  token_hash TEXT PRIMARY KEY,
  role TEXT NOT NULL,
  email TEXT,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE TABLE room_roles (
  room TEXT NOT NULL,
  member_id TEXT NOT NULL,
  role TEXT NOT NULL,
  PRIMARY KEY (room, member_id)
) WITHOUT ROWID;
CREATE TABLE client_bindings (
  room TEXT NOT NULL,
  client INTEGER NOT NULL,
  member_id TEXT NOT NULL,
  PRIMARY KEY (room, client)
) WITHOUT ROWID;
CREATE TABLE access_requests (
  email TEXT PRIMARY KEY COLLATE NOCASE,
  name TEXT NOT NULL,
  requested_at TEXT NOT NULL
);
`

// Version 4: each room's record (server/storage/record-store.ts). The activity log refuses
// changes and deletions in the file itself, so no code path, present or future, can rewrite it.
const RECORD_TABLES = `
CREATE TABLE activity (
  seq INTEGER PRIMARY KEY,
  room TEXT NOT NULL,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  kind TEXT NOT NULL,
  claim_id TEXT,
  detail TEXT NOT NULL
);
CREATE INDEX activity_by_room ON activity (room, seq);
CREATE TRIGGER activity_no_update BEFORE UPDATE ON activity
  BEGIN SELECT RAISE(ABORT, 'the activity log is append-only'); END;
CREATE TRIGGER activity_no_delete BEFORE DELETE ON activity
  BEGIN SELECT RAISE(ABORT, 'the activity log is append-only'); END;
CREATE TABLE versions (
  id INTEGER PRIMARY KEY,
  room TEXT NOT NULL,
  taken_at TEXT NOT NULL,
  name TEXT,
  reason TEXT NOT NULL,
  taken_by TEXT,
  text_length INTEGER NOT NULL,
  claims INTEGER NOT NULL,
  data BLOB NOT NULL,
  checksum INTEGER NOT NULL,
  content TEXT
);
CREATE INDEX versions_by_room ON versions (room, id);
`

// Files written before version 1 hold the same columns in a rowid table with an
// AUTOINCREMENT id and an index on (room, id); version 1 had no checksums.
const MIGRATE_TO_2 = `
ALTER TABLE room_updates RENAME TO room_updates_old;
DROP INDEX IF EXISTS room_updates_by_room;
${CREATE_TABLES}
INSERT INTO room_updates (room, id, data, checksum)
  SELECT room, id, data, claimdesk_crc32(data) FROM room_updates_old;
DROP TABLE room_updates_old;
`

/**
 * Creates the tables in a new file or migrates an older file, in one write
 * transaction. Refuses a file written by a newer Claimdesk rather than
 * guessing at its layout.
 */
export function prepareSchema(db: Database): void {
  db.function('claimdesk_crc32', { deterministic: true }, (data: unknown) =>
    rowChecksum(data as Uint8Array)
  )
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
    if (!hasTable) db.exec(CREATE_TABLES)
    else if (version < 2) db.exec(MIGRATE_TO_2)
    if (version < 3) db.exec(ACCOUNT_TABLES)
    db.exec(RECORD_TABLES)
    db.pragma(`user_version = ${SCHEMA_VERSION}`)
  })
  // IMMEDIATE takes the write lock at once, so an exclusive storage holds it from here on.
  migrate.immediate()
}
