/** Binds one WebSocket to its room: decoding frames, budgets, sending, closing, cleaning up. */
import type { WebSocket } from 'ws'
import { CloseCode } from '../src/core/close-codes'
import type { Limits } from './limits'
import type { Logger } from './logger'
import { MalformedMessageError, decodeClientMessage } from './protocol'
import { RateBudget } from './rate-budget'
import type { ConnectionGrant } from './accounts/room-gate'
import type { RoomConnection } from './room'
import { formatBytes } from './room'
import type { RoomRegistry } from './room-registry'

/** What one sync connection needs besides its socket and room. */
export interface SyncConnectionOptions {
  readonly registry: RoomRegistry
  readonly logger: Logger
  readonly limits: Limits
  /** The client opted in to acknowledgements (see src/core/sync-extensions.ts). */
  readonly acks?: boolean
  /** Told when the room refused one of this connection's updates as hostile. */
  readonly onOffence?: () => void
  /** On a team server: the member behind the socket and their role in the room. */
  readonly grant?: ConnectionGrant
}

/** Serves the sync protocol for `roomName` on `socket` until either side closes; returns the connection. */
export function attachSyncConnection(
  socket: WebSocket,
  roomName: string,
  options: SyncConnectionOptions
): RoomConnection {
  const { registry, logger, limits } = options
  const room = registry.acquire(roomName)
  const messages = new RateBudget(limits.maxMessagesPerSecond, limits.maxMessagesPerSecond * 2)
  const bytes = new RateBudget(
    limits.maxBytesPerSecond,
    limits.maxMessageBytes + limits.maxBytesPerSecond
  )
  let open = true

  const connection: RoomConnection = {
    wantsAcks: options.acks ?? false,
    grant: options.grant,
    send(message) {
      if (socket.readyState !== socket.OPEN) return
      // A peer that does not read would make the server hold every message for it.
      if (socket.bufferedAmount > limits.maxBufferedBytes) {
        logger.warn('closing a connection that does not read', {
          room: roomName,
          buffered: socket.bufferedAmount
        })
        connection.close(
          CloseCode.tryAgainLater,
          `not reading: unsent data over ${formatBytes(limits.maxBufferedBytes)}`
        )
        // The close frame would wait behind the unread data; free it now.
        socket.terminate()
        return
      }
      // No callback: a failed write errors and closes the socket, which ws handles itself.
      socket.send(message)
    },
    close(code, reason) {
      open = false
      if (socket.readyState === socket.OPEN || socket.readyState === socket.CONNECTING) {
        socket.close(code, reason)
      }
    },
    refused() {
      options.onOffence?.()
    }
  }

  const overBudget = (size: number): string | undefined => {
    const now = Date.now()
    if (!messages.take(1, now))
      return `message rate limit: ${limits.maxMessagesPerSecond} per second`
    if (!bytes.take(size, now))
      return `byte rate limit: ${formatBytes(limits.maxBytesPerSecond)} per second`
    return undefined
  }

  socket.on('message', (data, isBinary) => {
    if (!open) return
    const frame = toBytes(data)
    const refusal = overBudget(frame.length)
    if (refusal) {
      logger.warn('connection over its budget; closing', { room: roomName, refusal })
      connection.close(CloseCode.policyViolation, refusal)
      return
    }
    let message
    try {
      if (!isBinary) throw new MalformedMessageError('text frame')
      message = decodeClientMessage(frame)
    } catch (error) {
      logger.warn('malformed message; closing connection', { room: roomName, error })
      connection.close(CloseCode.malformedMessage, 'malformed message')
      return
    }
    room.receive(connection, message).catch((error: unknown) => {
      logger.error('handling a message failed', { room: roomName, error })
      connection.close(CloseCode.serverError, 'server error')
    })
  })
  // ws closes the socket itself on protocol errors (1002) and oversized frames
  // (1009); without this listener the error would crash the process.
  socket.on('error', (error) => {
    logger.warn('socket error', { room: roomName, error })
  })
  socket.once('close', () => {
    open = false
    room.leave(connection)
    registry.release(room)
  })
  room.join(connection)
  return connection
}

function toBytes(data: Buffer | ArrayBuffer | Buffer[]): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data)
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data
}
