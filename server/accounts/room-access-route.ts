/**
 * `GET /api/rooms/ROOM/access`: the caller's role in the room (and, for admins,
 * every role set for it). `PUT` with `{ "memberId": ID, "role": ROLE | "none" | null }`:
 * an admin sets or clears a member's role in this room.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { roleRefusal } from '../../src/core/access/role-messages'
import type { Role } from '../../src/core/access/roles'
import { isRole, permits } from '../../src/core/access/roles'
import { message } from '../../src/core/i18n/message'
import { decodeJsonBody } from '../annotations-route'
import { sendError, sendJson } from '../http-response'
import { readUpload } from '../request-body'
import type { Accounts, Principal } from './accounts'
import { memberView } from './route-answers'

/** Answers one access request for a room the caller may read. */
export async function handleRoomAccess(
  accounts: Accounts,
  principal: Principal,
  role: Role,
  room: string,
  request: IncomingMessage,
  response: ServerResponse
): Promise<void> {
  const admin = permits(principal.member.role, 'administer')
  if (request.method === 'GET') {
    const roles = admin
      ? [...(await accounts.store.roomRoles(room))].map(([memberId, roomRole]) => ({
          memberId,
          role: roomRole
        }))
      : undefined
    return sendJson(response, 200, { member: memberView(principal.member), role, roles })
  }
  if (request.method !== 'PUT') {
    return sendError(response, 405, message('server.request.methodNotAllowed'), {
      Allow: 'GET, PUT'
    })
  }
  if (!admin) {
    return sendError(
      response,
      403,
      roleRefusal('server.members.mayNotSetAccess', principal.member.role, 'administer')
    )
  }
  const bytes = await readUpload(request, response, {
    types: new Set(['application/json']),
    wrongType: message('server.request.sendRoomAccess'),
    maxBytes: 4096
  })
  if (bytes === undefined) return
  const decoded = decodeJsonBody(bytes)
  if ('error' in decoded) return sendError(response, 400, decoded)
  const { memberId, role: wanted } = (decoded.json ?? {}) as { memberId?: unknown; role?: unknown }
  if (typeof memberId !== 'string' || !(await accounts.store.findMember(memberId))) {
    return sendError(response, 404, message('server.members.noSuchMember'))
  }
  if (wanted !== null && wanted !== 'none' && !isRole(wanted)) {
    return sendError(response, 400, message('server.members.roomRoleValue'))
  }
  await accounts.setRoomRole(room, memberId, wanted)
  response.writeHead(204, { 'Cache-Control': 'no-store' })
  response.end()
}
