/** y-websocket frames built by hand, for raw sockets that play a client (or an attacker). */
import * as encoding from 'lib0/encoding'

/** y-protocols' sync message kinds. */
export const SyncKind = { step1: 0, step2: 1, update: 2 } as const

/** A sync frame (top-level type 0) of `kind` carrying `payload`. */
export function syncFrame(kind: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0)
  encoding.writeVarUint(encoder, kind)
  encoding.writeVarUint8Array(encoder, payload)
  return encoding.toUint8Array(encoder)
}

/** A frame carrying one document update. */
export function updateFrame(update: Uint8Array): Uint8Array {
  return syncFrame(SyncKind.update, update)
}
