/** The storage port: where a room's Yjs updates live between server runs. */

/** One stored update (or compacted snapshot) of a room, with its storage id. */
export interface StoredUpdate {
  /** Increasing across all appends of one storage; later updates have larger ids. */
  readonly id: number
  readonly update: Uint8Array
}

/**
 * Persistent, append-only log of each room's Yjs updates. Implementations
 * must keep ids increasing and make `appendUpdate` durable before it
 * resolves, because the server broadcasts an update only after storing it.
 */
export interface RoomStorage {
  /** The room's updates in id order; an unknown room has none. */
  loadUpdates(room: string): Promise<StoredUpdate[]>
  /** Stores one update and returns its id. */
  appendUpdate(room: string, update: Uint8Array): Promise<number>
  /** Removes one update (used when an update was stored but could not be applied). */
  removeUpdate(room: string, id: number): Promise<void>
  /**
   * Atomically replaces the room's updates with id <= `upToId` by `snapshot`,
   * which takes the id `upToId`; later updates are kept. `upToId` must be an
   * id this room holds (one returned by `loadUpdates` or `appendUpdate`).
   */
  compact(room: string, snapshot: Uint8Array, upToId: number): Promise<void>
  /** Releases the storage; every later call rejects. */
  close(): Promise<void>
}
