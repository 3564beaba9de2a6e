/** Accepts or refuses WebSocket upgrades for `/sync/ROOM`, before any socket exists. */
import type { IncomingMessage } from 'node:http'
import { STATUS_CODES } from 'node:http'
import type { Duplex } from 'node:stream'
import { isValidRoomName } from '../src/core/room-name'
import { SECURITY_HEADERS } from './http-response'

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
export function refuseUpgrade(socket: Duplex, status: number, reason: string): void {
  if (!socket.writable) {
    socket.destroy()
    return
  }
  const body = JSON.stringify({ error: reason })
  const headers = {
    ...SECURITY_HEADERS,
    Connection: 'close',
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body))
  }
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\n${head}\r\n${body}`)
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
