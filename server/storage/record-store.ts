/**
 * The room's record on the server: its activity log and its versions. Both are facts the
 * server writes itself; activity is append-only (no method removes an entry) and versions are
 * thinned only by the server's own rule (src/core/record/version-thinning.ts).
 */
import type { ActivityEntry, ActivityFact } from '../../src/core/record/activity'

/** An activity entry about to be stored: the fact, who made it and when. */
export interface NewActivity extends ActivityFact {
  /** ISO 8601 time on the server's clock. */
  readonly at: string
  /** The member's name (attested on a team server), or the reviewer's on an open one. */
  readonly actor: string
}

/** Why a version was taken. */
export type VersionReason = 'auto' | 'named' | 'before-deletion' | 'before-restore'

/** A version about to be stored. */
export interface NewVersion {
  readonly takenAt: string
  /** Set for versions saved by hand; those are never thinned. */
  readonly name: string | null
  readonly reason: VersionReason
  /** Who saved it, or whose update made the server take it; null for the server's own. */
  readonly takenBy: string | null
  /** Characters of text and number of claims at the time, for the list. */
  readonly textLength: number
  readonly claims: number
}

/** A stored version, without its state. */
export interface VersionInfo extends NewVersion {
  /** Increasing across the store. */
  readonly id: number
  /** Size of the stored state in bytes. */
  readonly bytes: number
}

/** Thrown when a version's stored bytes fail their checksum. */
export class DamagedVersionError extends Error {
  override readonly name = 'DamagedVersionError'
}

/** The record port; SQLite and memory implement it and pass record-store.contract.ts. */
export interface RecordStore {
  /** Appends entries on their own (facts not tied to an update, e.g. a version saved). */
  appendActivity(room: string, entries: readonly NewActivity[]): Promise<void>
  /** The room's entries oldest first, after `afterSeq` (exclusive), at most `limit`. */
  listActivity(
    room: string,
    options?: { readonly afterSeq?: number; readonly limit?: number }
  ): Promise<ActivityEntry[]>
  /** Stores a version: `state` is a whole encoding of the room's Yjs document. */
  saveVersion(room: string, version: NewVersion, state: Uint8Array): Promise<VersionInfo>
  /** The room's versions, newest first. */
  listVersions(room: string): Promise<VersionInfo[]>
  /** A version's state, or undefined when the room has no such version; throws DamagedVersionError. */
  readVersion(room: string, id: number): Promise<Uint8Array | undefined>
  /** Keeps a version's read-only rendition (JSON), made once after it was saved. */
  setVersionContent(room: string, id: number, content: string): Promise<void>
  /** The rendition, or undefined while none was made. */
  readVersionContent(room: string, id: number): Promise<string | undefined>
  /** Deletes versions (thinning); returns how many. Named versions are refused, never deleted. */
  deleteVersions(room: string, ids: readonly number[]): Promise<number>
}
