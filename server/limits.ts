/** The server's resource limits: defaults and the checked merge of caller overrides. */

/** Limits a sync server enforces; every value is a positive integer. */
export interface Limits {
  /** Largest WebSocket frame accepted; a larger one closes that socket with 1009. */
  readonly maxMessageBytes: number
  /** Largest briefing body accepted by `POST /api/rooms/ROOM/briefing`. */
  readonly maxBriefingBytes: number
  /** How long a room without connections stays loaded before it is compacted and unloaded. */
  readonly idleUnloadMs: number
  /** Interval of WebSocket pings; a socket that missed the previous pong is terminated. */
  readonly heartbeatMs: number
  /** Stored updates in a room after which a background compaction is scheduled. */
  readonly compactAfterUpdates: number
  /** Delay between reaching `compactAfterUpdates` and compacting, so bursts coalesce. */
  readonly compactDelayMs: number
  /** How long `close()` waits for sockets to finish their closing handshake before terminating them. */
  readonly closeGraceMs: number
  /** A room's stored size past which further updates are refused (1008). */
  readonly maxRoomBytes: number
  /** Unsent data one socket may hold; a socket over it is closed (1013): it is not reading. */
  readonly maxBufferedBytes: number
  /** Shortest time between two answers to one connection's sync requests (each encodes the room). */
  readonly syncAnswerIntervalMs: number
  /** Messages per second one connection may send, on average over two seconds. */
  readonly maxMessagesPerSecond: number
  /** Bytes per second one connection may send, on average; one frame of maxMessageBytes always fits. */
  readonly maxBytesPerSecond: number
  /** Open sync connections from one address. */
  readonly maxConnectionsPerAddress: number
  /** Different rooms one address may open (by socket or HTTP) per minute. */
  readonly maxRoomsPerAddressPerMinute: number
  /** Refusal of upgrades from an address after its second bad update; doubles with each more. */
  readonly offenderBackoffMs: number
}

/** The limits used where a caller does not override them. */
export const DEFAULT_LIMITS: Limits = {
  maxMessageBytes: 8 * 1024 * 1024,
  maxBriefingBytes: 2 * 1024 * 1024,
  idleUnloadMs: 2_000,
  heartbeatMs: 30_000,
  compactAfterUpdates: 500,
  compactDelayMs: 1_000,
  closeGraceMs: 1_000,
  maxRoomBytes: 64 * 1024 * 1024,
  maxBufferedBytes: 8 * 1024 * 1024,
  syncAnswerIntervalMs: 1_000,
  maxMessagesPerSecond: 300,
  maxBytesPerSecond: 4 * 1024 * 1024,
  maxConnectionsPerAddress: 200,
  maxRoomsPerAddressPerMinute: 120,
  offenderBackoffMs: 5_000
}

/** Defaults overridden by `overrides`; throws on a value that is not a positive integer. */
export function resolveLimits(overrides: Partial<Limits> = {}): Limits {
  const limits = { ...DEFAULT_LIMITS }
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof Limits)[]) {
    const value = overrides[key]
    if (value === undefined) continue
    if (!Number.isSafeInteger(value) || value <= 0) {
      throw new RangeError(`limit ${key} must be a positive integer, got ${String(value)}`)
    }
    limits[key] = value
  }
  return limits
}
