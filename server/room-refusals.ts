/** The one-line reasons the HTTP routes give when a room refuses an import. */
import type { Message } from '../src/core/i18n/message'
import { message } from '../src/core/i18n/message'
import type { Room } from './room'

/** Why a damaged room takes no import, naming the rows set aside. */
export function damagedRoomMessage(room: Room): Message {
  const ids = room.damage.map((row) => row.id).join(', ')
  return message('server.room.damaged', { count: room.damage.length, ids })
}

/** Why a room past its stored-size quota takes no import. */
export function roomFullMessage(maxRoomBytes: number): Message {
  return message('server.room.full', { size: sizeMessage(maxRoomBytes) })
}

/** A size as formatBytes (room.ts) writes it: whole MiB, else whole KiB, else bytes. */
export function sizeMessage(bytes: number): Message {
  const mebibyte = 1024 * 1024
  if (bytes % mebibyte === 0) return message('server.size.mebibytes', { amount: bytes / mebibyte })
  if (bytes % 1024 === 0) return message('server.size.kibibytes', { amount: bytes / 1024 })
  return message('server.size.bytes', { amount: bytes })
}
