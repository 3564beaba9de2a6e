/** The storage port: where a room's Yjs updates live between server runs. */
import type { NewActivity, RecordStore } from './record-store'

/** One stored update (or compacted snapshot) of a room, with its storage id. */
export interface StoredUpdate {
  /** Increasing across all appends of one storage; later updates have larger ids. */
  readonly id: number
  readonly update: Uint8Array
}

/** A stored row set aside because it was damaged or did not apply; kept byte for byte. */
export interface QuarantinedUpdate {
  readonly id: number
  /** Size of the row as it was stored. */
  readonly bytes: number
  /** Why it was set aside, e.g. "checksum mismatch" or "does not apply". */
  readonly reason: string
  /** When it was set aside (ISO 8601). */
  readonly quarantinedAt: string
}

/**
 * Persistent, append-only log of each room's Yjs updates. Implementations
 * must keep ids increasing and make `appendUpdate` durable before it
 * resolves, because the server relays an update only after storing it.
 * Rows carry a checksum where the medium can damage them; a row that fails
 * it is moved to quarantine by `loadUpdates` and never returned or dropped.
 */
export interface RoomStorage {
  /** The room's intact updates in id order; an unknown room has none. */
  loadUpdates(room: string): Promise<StoredUpdate[]>
  /**
   * Stores one update and returns its id. `activity` (what the update did) is stored in the
   * same transaction: an update is never stored without its entries, nor entries without it.
   */
  appendUpdate(room: string, update: Uint8Array, activity?: readonly NewActivity[]): Promise<number>
  /** Stores several updates atomically (all or none), in order, with `activity`; returns their ids. */
  appendUpdates(
    room: string,
    updates: readonly Uint8Array[],
    activity?: readonly NewActivity[]
  ): Promise<number[]>
  /** Moves one stored row to the room's quarantine, unchanged, with `reason`. */
  quarantine(room: string, id: number, reason: string): Promise<void>
  /** The room's quarantined rows in id order. */
  listQuarantined(room: string): Promise<QuarantinedUpdate[]>
  /** The bytes of one quarantined row, exactly as stored, or undefined. */
  readQuarantined(room: string, id: number): Promise<Uint8Array | undefined>
  /** Deletes the room's quarantined rows, once an administrator has dealt with them; returns how many. */
  releaseQuarantined(room: string): Promise<number>
  /**
   * Atomically replaces the room's updates with id <= `upToId` by `snapshot`,
   * which takes the id `upToId`; later updates are kept. `upToId` must be an
   * id this room holds (one returned by `loadUpdates` or `appendUpdate`).
   * Quarantined rows are never touched.
   */
  compact(room: string, snapshot: Uint8Array, upToId: number): Promise<void>
  /** The rooms' activity and versions, kept in the same store. */
  readonly record: RecordStore
  /** Releases the storage; every later call rejects. */
  close(): Promise<void>
}
