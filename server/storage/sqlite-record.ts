/** The record port (record-store.ts) on the server's SQLite file: activity and versions. */
import type { Database } from 'better-sqlite3'
import type { ActivityEntry, ActivityKind, ActivityValue } from '../../src/core/record/activity'
import type {
  NewActivity,
  NewVersion,
  RecordStore,
  VersionInfo,
  VersionReason
} from './record-store'
import { DamagedVersionError } from './record-store'
import { rowChecksum } from './sqlite-schema'
import { settle } from './settle'

interface ActivityRow {
  seq: number
  at: string
  actor: string
  kind: string
  claim_id: string | null
  detail: string
}

interface VersionRow {
  id: number
  taken_at: string
  name: string | null
  reason: string
  taken_by: string | null
  text_length: number
  claims: number
  bytes: number
}

/** The record, plus the synchronous append the storage runs inside its update transactions. */
export interface SqliteRecord extends RecordStore {
  readonly appendNow: (room: string, entries: readonly NewActivity[]) => void
}

/** The record on `db`; `noteWrite` tells the checkpoint policy about each write. */
export function createSqliteRecord(db: Database, noteWrite: () => void): SqliteRecord {
  const insertActivity = db.prepare<[string, string, string, string, string | null, string]>(
    'INSERT INTO activity (room, at, actor, kind, claim_id, detail) VALUES (?, ?, ?, ?, ?, ?)'
  )
  const selectActivity = db.prepare<[string, number, number], ActivityRow>(
    `SELECT seq, at, actor, kind, claim_id, detail FROM activity
     WHERE room = ? AND seq > ? ORDER BY seq LIMIT ?`
  )
  const insertVersion = db.prepare(
    `INSERT INTO versions (room, taken_at, name, reason, taken_by, text_length, claims, data, checksum)
     VALUES (@room, @takenAt, @name, @reason, @takenBy, @textLength, @claims, @data, @checksum)`
  )
  const selectVersions = db.prepare<[string], VersionRow>(
    `SELECT id, taken_at, name, reason, taken_by, text_length, claims, length(data) AS bytes
     FROM versions WHERE room = ? ORDER BY id DESC`
  )
  const selectVersion = db.prepare<[string, number], { data: Buffer; checksum: number }>(
    'SELECT data, checksum FROM versions WHERE room = ? AND id = ?'
  )
  const updateContent = db.prepare<[string, string, number]>(
    'UPDATE versions SET content = ? WHERE room = ? AND id = ?'
  )
  const selectContent = db
    .prepare<[string, number], string | null>(
      'SELECT content FROM versions WHERE room = ? AND id = ?'
    )
    .pluck()
  const deleteVersion = db.prepare<[string, number]>(
    'DELETE FROM versions WHERE room = ? AND id = ? AND name IS NULL'
  )
  const appendNow = (room: string, entries: readonly NewActivity[]): void => {
    for (const entry of entries) {
      insertActivity.run(
        room,
        entry.at,
        entry.actor,
        entry.kind,
        entry.claimId ?? null,
        JSON.stringify(entry.detail)
      )
    }
  }
  const appendMany = db.transaction(appendNow)
  const deleteMany = db.transaction((room: string, ids: readonly number[]) =>
    ids.reduce((count, id) => count + deleteVersion.run(room, id).changes, 0)
  )
  return {
    appendNow,
    appendActivity: (room, entries) =>
      settle(() => {
        appendMany(room, entries)
        noteWrite()
      }),
    listActivity: (room, options = {}) =>
      settle(() =>
        selectActivity.all(room, options.afterSeq ?? 0, options.limit ?? -1).map(activityOf)
      ),
    saveVersion: (room, version: NewVersion, state) =>
      settle(() => {
        const result = insertVersion.run({
          room,
          ...version,
          data: state,
          checksum: rowChecksum(state)
        })
        noteWrite()
        return { ...version, id: Number(result.lastInsertRowid), bytes: state.length }
      }),
    listVersions: (room) => settle(() => selectVersions.all(room).map(versionOf)),
    readVersion: (room, id) =>
      settle(() => {
        const row = selectVersion.get(room, id)
        if (!row) return undefined
        if (rowChecksum(row.data) !== row.checksum) {
          throw new DamagedVersionError(
            `version ${id} of room ${room} is damaged (checksum mismatch)`
          )
        }
        return new Uint8Array(row.data)
      }),
    setVersionContent: (room, id, content) =>
      settle(() => {
        updateContent.run(content, room, id)
        noteWrite()
      }),
    readVersionContent: (room, id) => settle(() => selectContent.get(room, id) ?? undefined),
    deleteVersions: (room, ids) =>
      settle(() => {
        const count = deleteMany(room, ids)
        noteWrite()
        return count
      })
  }
}

function activityOf(row: ActivityRow): ActivityEntry {
  const entry = {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    kind: row.kind as ActivityKind,
    detail: JSON.parse(row.detail) as Record<string, ActivityValue>
  }
  return row.claim_id === null ? entry : { ...entry, claimId: row.claim_id }
}

function versionOf(row: VersionRow): VersionInfo {
  return {
    id: row.id,
    takenAt: row.taken_at,
    name: row.name,
    reason: row.reason as VersionReason,
    takenBy: row.taken_by,
    textLength: row.text_length,
    claims: row.claims,
    bytes: row.bytes
  }
}
