/**
 * Claimdesk's opt-in extension of the y-websocket protocol, shared by server and client.
 * Stock clients never see it: the server only speaks it to a connection whose URL asked for it.
 */
import type { Message } from './i18n/message'
import { decodeMessage } from './i18n/message-codec'

/** The query parameter (and its value) with which a client opts in to acknowledgements. */
export const ACKS_PARAM = 'acks'
export const ACKS_VERSION = '1'

/**
 * Top-level message types beyond y-websocket's own (0 sync, 1 awareness, 2 auth,
 * 3 query awareness); far enough from them that a future stock type will not collide.
 */
export const SyncExtensionType = {
  /** Server → client: an encoded Yjs snapshot (state vector + delete set) of what is stored. */
  ack: 120,
  /** Client → server, no payload: "are you there?"; answered with an `ack`. */
  ping: 121,
  /** Server → client: JSON `RoomDamageReport`, sent on joining a room whose stored rows were set aside. */
  roomDamage: 122,
  /**
   * Server → client: JSON `UpdateRefusal`, sent when the server refused one of
   * this connection's updates (a team server's role or authorship check).
   * Nothing of the update was stored or relayed; the connection stays open.
   */
  updateRefused: 123
} as const

/**
 * Why the server refused an update: `reason` in English (what every server sends, and what
 * logs show), `message` the same for the sender in their language (servers since the catalogue).
 */
export interface UpdateRefusal {
  readonly reason: string
  readonly message?: Message
}

/**
 * Reads an UpdateRefusal from its JSON text; null for anything else. A `message` this app
 * cannot render (a key it does not know, odd values) is left out, and `reason` shown instead.
 */
export function parseUpdateRefusal(text: string): UpdateRefusal | null {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const { reason, message } = value as { reason?: unknown; message?: unknown }
  if (typeof reason !== 'string') return null
  const decoded = decodeMessage(message)
  return decoded ? { reason, message: decoded } : { reason }
}

/** One stored row the server set aside, as the client shows it. */
export interface DamagedRow {
  readonly id: number
  readonly bytes: number
  readonly reason: string
  readonly quarantinedAt: string
}

/** What the server says of a damaged room: the rows it set aside instead of loading. */
export interface RoomDamageReport {
  readonly rows: readonly DamagedRow[]
}

/** Reads a RoomDamageReport from its JSON text; null for anything else. */
export function parseRoomDamage(text: string): RoomDamageReport | null {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return null
  }
  if (
    typeof value !== 'object' ||
    value === null ||
    !Array.isArray((value as { rows?: unknown }).rows)
  ) {
    return null
  }
  const rows: DamagedRow[] = []
  for (const row of (value as { rows: unknown[] }).rows) {
    if (typeof row !== 'object' || row === null) return null
    const { id, bytes, reason, quarantinedAt } = row as Record<string, unknown>
    if (typeof id !== 'number' || typeof bytes !== 'number') return null
    if (typeof reason !== 'string' || typeof quarantinedAt !== 'string') return null
    rows.push({ id, bytes, reason, quarantinedAt })
  }
  return { rows }
}

/** True when the upgrade URL (path and query) asks for the acknowledgement extension. */
export function wantsAcks(requestUrl: string | undefined): boolean {
  const query = (requestUrl ?? '').split('?')[1]
  if (!query) return false
  return new URLSearchParams(query).get(ACKS_PARAM) === ACKS_VERSION
}
