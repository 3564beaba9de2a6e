/** WebSocket close codes the sync server sends; the client reads the same table. */
export const CloseCode = {
  /** The server is shutting down; reconnect later. */
  goingAway: 1001,
  /** A frame could not be decoded as a y-websocket message. */
  malformedMessage: 1007,
  /** The request was refused by a limit (rate, room size); the reason names it. */
  policyViolation: 1008,
  /** A frame exceeded the server's size limit. */
  messageTooBig: 1009,
  /** The server failed to store or apply an update. */
  serverError: 1011,
  /** The connection held too much unsent data (it does not read); reconnect later. */
  tryAgainLater: 1013,
  /** The room's in-memory document was discarded; reconnect to resync from storage. */
  roomReset: 4000,
  /** Team servers: the session ended (signed out, expired); sign in again. */
  signedOut: 4401,
  /** Team servers: the member's role or access changed; reconnect to learn the new one. */
  accessChanged: 4403
} as const

/** One of the close codes above. */
export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode]
