/**
 * The admin channel's routes, only from this machine and only with the token
 * of DIR/server.json (admin-channel.ts):
 * - `POST /api/admin/backup` with `{ "to": "/absolute/path" }`: an online
 *   backup of the server's database, for `npm run backup`;
 * - `POST /api/admin/members` with a MemberCommand: `npm run members` while
 *   the server runs, so that changes reach open sockets at once.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { isAbsolute } from 'node:path'
import { hasAdminToken } from './admin-channel'
import { decodeJsonBody } from './annotations-route'
import { sendError, sendJson } from './http-response'
import { readUpload } from './request-body'
import type { MemberCommand } from './accounts/member-commands'
import { decodeMemberCommand } from './accounts/member-commands'

/** What the admin route needs: the token, and the storage's backup. */
export interface AdminDeps {
  readonly token: string
  /** Writes a consistent copy of the database to `to`; resolves with its size in bytes. */
  readonly backup: (to: string) => Promise<number>
  /** Runs a members command; resolves with its output, rejects with a refusal. */
  readonly members?: (command: MemberCommand) => Promise<string>
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1'])

/** The JSON body of an admin request from this machine with the token; undefined once refused. */
async function readAdminRequest(
  deps: AdminDeps,
  request: IncomingMessage,
  response: ServerResponse
): Promise<{ json: unknown } | undefined> {
  const remote = request.socket.remoteAddress ?? ''
  // From this machine: loopback, or the server's own address when it listens on one.
  if (!LOOPBACK.has(remote) && remote !== request.socket.localAddress) {
    sendError(response, 403, 'the admin channel answers the server machine only')
    return undefined
  }
  if (!hasAdminToken(request.headers.authorization, deps.token)) {
    sendError(response, 403, 'wrong or missing admin token')
    return undefined
  }
  const bytes = await readUpload(request, response, {
    types: new Set(['application/json']),
    wrongType: 'send application/json',
    maxBytes: 16 * 1024
  })
  if (bytes === undefined) return undefined
  const decoded = decodeJsonBody(bytes)
  if ('error' in decoded) {
    sendError(response, 400, decoded.error)
    return undefined
  }
  return decoded
}

/** Handles one members command. */
export async function handleMembersCommand(
  deps: AdminDeps,
  request: IncomingMessage,
  response: ServerResponse
): Promise<void> {
  const decoded = await readAdminRequest(deps, request, response)
  if (!decoded) return
  if (!deps.members) {
    return sendError(
      response,
      409,
      'this server was started without members; stop it and run the command again'
    )
  }
  const command = decodeMemberCommand(decoded.json)
  if (!command) return sendError(response, 400, 'not a members command')
  try {
    sendJson(response, 200, { output: await deps.members(command) })
  } catch (error) {
    sendError(response, 400, error instanceof Error ? error.message : String(error))
  }
}

/** Handles one backup request. */
export async function handleBackup(
  deps: AdminDeps,
  request: IncomingMessage,
  response: ServerResponse
): Promise<void> {
  const decoded = await readAdminRequest(deps, request, response)
  if (!decoded) return
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
