/** The one-line reasons the HTTP routes give when a room refuses an import. */
import type { Room } from './room'
import { formatBytes } from './room'

/** Why a damaged room takes no import, naming the rows set aside. */
export function damagedRoomMessage(room: Room): string {
  const ids = room.damage.map((row) => row.id).join(', ')
  return `room is damaged: ${room.damage.length} stored update(s) were set aside (ids ${ids}); nothing is imported until an administrator has reviewed them (npm run quarantine)`
}

/** Why a room past its stored-size quota takes no import. */
export function roomFullMessage(maxRoomBytes: number): string {
  return `room is full: stored size limit ${formatBytes(maxRoomBytes)}`
}
