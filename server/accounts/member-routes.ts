/**
 * The members API of a team server, for admins: `GET /api/members` (members, open invites,
 * access requests), `POST /api/invites` (`{ role, email? }` → a one-time link),
 * `PATCH /api/members/ID` (`{ role }`) and `DELETE /api/members/ID`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { roleRefusal } from '../../src/core/access/role-messages'
import { isRole, permits } from '../../src/core/access/roles'
import { message } from '../../src/core/i18n/message'
import { sendError, sendJson } from '../http-response'
import type { Accounts, Principal } from './accounts'
import { fail, memberView, refuse } from './route-answers'

/** What the members API needs from the account routes. */
export interface MembersApiDeps {
  readonly accounts: Accounts
  /** The fields of a small form or JSON body, or undefined once an error was sent. */
  readonly readFields: (
    request: IncomingMessage,
    response: ServerResponse
  ) => Promise<Record<string, string> | undefined>
  /** The server's address as members reach it, for invite links. */
  readonly base: (request: IncomingMessage) => string
}

const ROLE_LIST = message('server.members.roleList')

/** Answers a members API request; false when the path is not one of its routes. */
export async function handleMembersApi(
  deps: MembersApiDeps,
  principal: Principal,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL
): Promise<boolean> {
  const { accounts, readFields, base } = deps
  const method = request.method ?? 'GET'
  const { pathname } = url
  const isMembersRoute =
    pathname === '/api/members' ||
    pathname === '/api/invites' ||
    pathname.startsWith('/api/members/')
  if (!isMembersRoute) return false
  if (!permits(principal.member.role, 'administer')) {
    sendError(
      response,
      403,
      roleRefusal('server.members.mayNotManage', principal.member.role, 'administer')
    )
    return true
  }
  if (pathname === '/api/members') {
    if (method !== 'GET') return refuse(response, 'GET')
    const [members, invites, requests] = await Promise.all([
      accounts.store.listMembers(),
      accounts.store.listInvites(),
      accounts.store.listAccessRequests()
    ])
    const now = new Date().toISOString()
    sendJson(response, 200, {
      members: members.map(memberView),
      invites: invites
        .filter((open) => open.expiresAt > now)
        .map(({ role, email, createdAt, expiresAt }) => ({ role, email, createdAt, expiresAt })),
      accessRequests: requests
    })
    return true
  }
  if (pathname === '/api/invites') {
    if (method !== 'POST') return refuse(response, 'POST')
    const fields = await readFields(request, response)
    if (!fields) return true
    const role = fields['role']
    if (!isRole(role)) return fail(response, 400, ROLE_LIST)
    const email = fields['email']?.trim() || null
    const { secret, expiresAt } = await accounts.invite(role, email)
    sendJson(response, 201, {
      link: `${base(request)}/invite/${secret}`,
      role,
      email,
      expiresAt: expiresAt.toISOString()
    })
    return true
  }
  const id = decodeURIComponent(pathname.slice('/api/members/'.length))
  if (method === 'DELETE') {
    if (id === principal.member.id) {
      return fail(response, 409, message('server.members.cannotRemoveSelf'))
    }
    if (!(await accounts.removeMember(id))) {
      return fail(response, 404, message('server.members.noSuchMember'))
    }
    response.writeHead(204, { 'Cache-Control': 'no-store' })
    response.end()
    return true
  }
  if (method === 'PATCH') {
    const fields = await readFields(request, response)
    if (!fields) return true
    const role: unknown = fields['role']
    if (!isRole(role)) return fail(response, 400, ROLE_LIST)
    if (id === principal.member.id && role !== 'admin' && !(await anotherAdmin(accounts, id))) {
      return fail(response, 409, message('server.members.lastAdmin'))
    }
    if (!(await accounts.setRole(id, role))) {
      return fail(response, 404, message('server.members.noSuchMember'))
    }
    const member = await accounts.store.findMember(id)
    sendJson(response, 200, { member: member ? memberView(member) : null })
    return true
  }
  return refuse(response, 'PATCH, DELETE')
}

async function anotherAdmin(accounts: Accounts, except: string): Promise<boolean> {
  return (await accounts.store.listMembers()).some((m) => m.id !== except && m.role === 'admin')
}
