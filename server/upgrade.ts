/** Accepts or refuses WebSocket upgrades for `/sync/ROOM`, before any socket exists. */
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { isValidRoomName } from '../src/core/room-name'
import { rawResponse } from './http-hygiene'

const SYNC_PATH = /^\/sync\/([^/]*)$/

/** The decision for one upgrade request. */
export type UpgradeDecision =
  | { readonly kind: 'accept'; readonly room: string }
  | { readonly kind: 'refuse'; readonly status: number; readonly reason: string }

/** Checks the upgrade's path (`/sync/ROOM`, query allowed) and the room name. */
export function checkUpgradePath(url: string | undefined): UpgradeDecision {
  const pathname = (url ?? '').split('?')[0] ?? ''
  const match = SYNC_PATH.exec(pathname)
  if (!match) return { kind: 'refuse', status: 404, reason: 'not found' }
  const room = match[1] ?? ''
  if (!isValidRoomName(room)) return { kind: 'refuse', status: 400, reason: 'invalid room name' }
  return { kind: 'accept', room }
}

/** Answers an upgrade request with a plain HTTP error and closes the socket. */
export function refuseUpgrade(
  socket: Duplex,
  status: number,
  reason: string,
  retryAfterSeconds?: number
): void {
  if (!socket.writable) {
    socket.destroy()
    return
  }
  const answer = rawResponse(status, reason)
  socket.end(
    retryAfterSeconds === undefined
      ? answer
      : answer.replace('\r\n', `\r\nRetry-After: ${retryAfterSeconds}\r\n`)
  )
}

/** Runs the optional authorize hook; a throw counts as a refusal. */
export async function isAuthorized(
  authorize: ((request: IncomingMessage, room: string) => boolean | Promise<boolean>) | undefined,
  request: IncomingMessage,
  room: string
): Promise<boolean> {
  if (!authorize) return true
  try {
    return await authorize(request, room)
  } catch {
    return false
  }
}
