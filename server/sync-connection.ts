/** Binds one WebSocket to its room: decoding frames, sending, closing, cleaning up. */
import type { WebSocket } from 'ws'
import { CloseCode } from '../src/core/close-codes'
import type { Logger } from './logger'
import { MalformedMessageError, decodeClientMessage } from './protocol'
import type { RoomConnection } from './room'
import type { RoomRegistry } from './room-registry'

/** Serves the sync protocol for `room` on `socket` until either side closes; `acks` opts in to acknowledgements. */
export function attachSyncConnection(
  socket: WebSocket,
  roomName: string,
  registry: RoomRegistry,
  logger: Logger,
  { acks = false }: { readonly acks?: boolean } = {}
): void {
  const room = registry.acquire(roomName)
  let open = true

  const connection: RoomConnection = {
    wantsAcks: acks,
    send(message) {
      if (socket.readyState !== socket.OPEN) return
      // No callback: a failed write errors and closes the socket, which ws handles itself.
      socket.send(message)
    },
    close(code, reason) {
      open = false
      if (socket.readyState === socket.OPEN || socket.readyState === socket.CONNECTING) {
        socket.close(code, reason)
      }
    }
  }

  socket.on('message', (data, isBinary) => {
    if (!open) return
    let message
    try {
      if (!isBinary) throw new MalformedMessageError('text frame')
      message = decodeClientMessage(toBytes(data))
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
}

function toBytes(data: Buffer | ArrayBuffer | Buffer[]): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data)
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data
}
