/**
 * `POST /api/admin/backup` with `{ "to": "/absolute/path" }`: an online
 * backup of the server's database, for `npm run backup`. Only from this
 * machine, and only with the token of DIR/server.json (admin-channel.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { isAbsolute } from 'node:path'
import { hasAdminToken } from './admin-channel'
import { decodeJsonBody } from './annotations-route'
import { sendError, sendJson } from './http-response'
import { readUpload } from './request-body'

/** What the admin route needs: the token, and the storage's backup. */
export interface AdminDeps {
  readonly token: string
  /** Writes a consistent copy of the database to `to`; resolves with its size in bytes. */
  readonly backup: (to: string) => Promise<number>
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1'])

/** Handles one backup request. */
export async function handleBackup(
  deps: AdminDeps,
  request: IncomingMessage,
  response: ServerResponse
): Promise<void> {
  const remote = request.socket.remoteAddress ?? ''
  // From this machine: loopback, or the server's own address when it listens on one.
  if (!LOOPBACK.has(remote) && remote !== request.socket.localAddress) {
    return sendError(response, 403, 'backups are taken from the server machine only')
  }
  if (!hasAdminToken(request.headers.authorization, deps.token)) {
    return sendError(response, 403, 'wrong or missing admin token')
  }
  const bytes = await readUpload(request, response, {
    types: new Set(['application/json']),
    wrongType: 'send {"to": PATH} as application/json',
    maxBytes: 16 * 1024
  })
  if (bytes === undefined) return
  const decoded = decodeJsonBody(bytes)
  if ('error' in decoded) return sendError(response, 400, decoded.error)
  const to = (decoded.json as { to?: unknown } | null)?.to
  if (typeof to !== 'string' || !isAbsolute(to)) {
    return sendError(response, 400, '"to" must be an absolute file path')
  }
  try {
    sendJson(response, 200, { to, bytes: await deps.backup(to) })
  } catch (error) {
    sendError(
      response,
      500,
      `backup failed: ${error instanceof Error ? error.message : String(error)}`
    )
  }
}
