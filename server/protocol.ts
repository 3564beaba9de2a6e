/**
 * The y-websocket wire protocol as the server reads and writes it. Frames are
 * decoded and validated completely before anything touches a room, so a
 * malformed frame can only ever end its own connection.
 */
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import type { RoomDamageReport, UpdateRefusal } from '../src/core/sync-extensions'
import { SyncExtensionType } from '../src/core/sync-extensions'

/** Top-level message types of y-websocket. */
export const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const

/** A frame from a client, decoded and validated. */
export type ClientMessage =
  | { readonly kind: 'syncStep1'; readonly stateVector: Uint8Array }
  /** The client's answer to the server's step 1: what the server lacked (often nothing new). */
  | { readonly kind: 'syncStep2'; readonly update: Uint8Array }
  | { readonly kind: 'update'; readonly update: Uint8Array }
  | { readonly kind: 'awareness'; readonly update: Uint8Array }
  | { readonly kind: 'queryAwareness' }
  /** Claimdesk extension: a heartbeat from a client that opted in to acknowledgements. */
  | { readonly kind: 'ping' }

/** Thrown for a frame that is not a well-formed y-websocket message. */
export class MalformedMessageError extends Error {
  override readonly name = 'MalformedMessageError'
}

/** Reads a length-prefixed byte array, refusing lengths beyond the frame. */
function readBytes(decoder: decoding.Decoder): Uint8Array {
  const length = decoding.readVarUint(decoder)
  if (length > decoder.arr.length - decoder.pos) throw new MalformedMessageError('truncated frame')
  return decoding.readUint8Array(decoder, length)
}

function decodeSync(decoder: decoding.Decoder): ClientMessage {
  const syncType = decoding.readVarUint(decoder)
  const payload = readBytes(decoder)
  switch (syncType) {
    case syncProtocol.messageYjsSyncStep1:
      Y.decodeStateVector(payload)
      return { kind: 'syncStep1', stateVector: payload }
    case syncProtocol.messageYjsSyncStep2:
      Y.decodeUpdate(payload)
      return { kind: 'syncStep2', update: payload }
    case syncProtocol.messageYjsUpdate:
      Y.decodeUpdate(payload)
      return { kind: 'update', update: payload }
    default:
      throw new MalformedMessageError(`unknown sync message type ${syncType}`)
  }
}

/** Checks an awareness update's structure: entries of client id, clock and JSON state. */
function validateAwarenessUpdate(update: Uint8Array): void {
  const decoder = decoding.createDecoder(update)
  const entries = decoding.readVarUint(decoder)
  for (let i = 0; i < entries; i++) {
    decoding.readVarUint(decoder)
    decoding.readVarUint(decoder)
    JSON.parse(decoding.readVarString(decoder))
  }
  if (decoding.hasContent(decoder)) throw new MalformedMessageError('trailing bytes in awareness')
}

function decodeFrame(decoder: decoding.Decoder): ClientMessage {
  const type = decoding.readVarUint(decoder)
  switch (type) {
    case MessageType.sync:
      return decodeSync(decoder)
    case MessageType.awareness: {
      const update = readBytes(decoder)
      validateAwarenessUpdate(update)
      return { kind: 'awareness', update }
    }
    case MessageType.queryAwareness:
      return { kind: 'queryAwareness' }
    case SyncExtensionType.ping:
      return { kind: 'ping' }
    default:
      throw new MalformedMessageError(`unknown message type ${type}`)
  }
}

/** Decodes one frame; throws MalformedMessageError for anything but one complete message. */
export function decodeClientMessage(frame: Uint8Array): ClientMessage {
  // A private copy: ws may hand out views into a larger pooled buffer, and
  // lib0 would read past the frame's end into it.
  const decoder = decoding.createDecoder(Uint8Array.from(frame))
  let message: ClientMessage
  try {
    message = decodeFrame(decoder)
  } catch (error) {
    if (error instanceof MalformedMessageError) throw error
    throw new MalformedMessageError(error instanceof Error ? error.message : String(error))
  }
  if (decoding.hasContent(decoder)) throw new MalformedMessageError('trailing bytes after message')
  return message
}

function syncFrame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.sync)
  write(encoder)
  return asBuffer(encoding.toUint8Array(encoder))
}

/** The same bytes as a Buffer, which ws sends as is instead of wrapping them on every send. */
function asBuffer(bytes: Uint8Array): Uint8Array {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

/** Sync step 1: the server's state vector, asking the client for what the server lacks. */
export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  return syncFrame((encoder) => syncProtocol.writeSyncStep1(encoder, doc))
}

/** Sync step 2: everything in `doc` that a peer with `stateVector` lacks. */
export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  return syncFrame((encoder) => syncProtocol.writeSyncStep2(encoder, doc, stateVector))
}

/** Sync step 2 carrying an update encoded already (a stored row, a compaction's snapshot). */
export function encodeSyncStep2Update(update: Uint8Array): Uint8Array {
  return syncFrame((encoder) => {
    encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2)
    encoding.writeVarUint8Array(encoder, update)
  })
}

/** An incremental document update. */
export function encodeUpdate(update: Uint8Array): Uint8Array {
  return syncFrame((encoder) => syncProtocol.writeUpdate(encoder, update))
}

/** The awareness states of `clients`. */
export function encodeAwareness(
  awareness: awarenessProtocol.Awareness,
  clients: readonly number[]
): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.awareness)
  encoding.writeVarUint8Array(
    encoder,
    awarenessProtocol.encodeAwarenessUpdate(awareness, [...clients])
  )
  return encoding.toUint8Array(encoder)
}

/** Claimdesk extension: the snapshot (state vector + delete set) of everything stored and applied. */
export function encodeAck(snapshot: Y.Snapshot): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, SyncExtensionType.ack)
  encoding.writeVarUint8Array(encoder, Y.encodeSnapshot(snapshot))
  return encoding.toUint8Array(encoder)
}

/** Claimdesk extension: the rows of a damaged room that the server set aside. */
export function encodeRoomDamage(rows: RoomDamageReport['rows']): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, SyncExtensionType.roomDamage)
  const report: RoomDamageReport = {
    rows: rows.map(({ id, bytes, reason, quarantinedAt }) => ({ id, bytes, reason, quarantinedAt }))
  }
  encoding.writeVarString(encoder, JSON.stringify(report))
  return encoding.toUint8Array(encoder)
}

/** Tells a client that one of its updates was refused, and why (see UpdateRefusal). */
export function encodeUpdateRefused(refused: Required<UpdateRefusal>): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, SyncExtensionType.updateRefused)
  const refusal: UpdateRefusal = { reason: refused.reason, message: refused.message }
  encoding.writeVarString(encoder, JSON.stringify(refusal))
  return encoding.toUint8Array(encoder)
}
