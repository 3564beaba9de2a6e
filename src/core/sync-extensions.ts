/**
 * Claimdesk's opt-in extension of the y-websocket protocol, shared by server and client.
 * Stock clients never see it: the server only speaks it to a connection whose URL asked for it.
 */

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
  ping: 121
} as const

/** True when the upgrade URL (path and query) asks for the acknowledgement extension. */
export function wantsAcks(requestUrl: string | undefined): boolean {
  const query = (requestUrl ?? '').split('?')[1]
  if (!query) return false
  return new URLSearchParams(query).get(ACKS_PARAM) === ACKS_VERSION
}
