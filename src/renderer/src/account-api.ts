/**
 * The team server's account API as the app uses it. Every call resolves (network failures
 * become results); the server's refusals come back as messages, shown in the reader's language.
 */
import type { MemberIdentity, Role } from '../../core/access/roles'
import { isRole } from '../../core/access/roles'
import { message, type Message } from '../../core/i18n/message'
import { decodeMessage } from '../../core/i18n/message-codec'

/** A member as the server describes them. */
export interface SessionMember extends MemberIdentity {
  readonly role: Role
}

/** Who the app is talking to the server as. */
export type SessionInfo =
  /** A server without accounts (the desktop app's own): no sign-in, names are chosen. */
  | { readonly kind: 'open' }
  | { readonly kind: 'member'; readonly member: SessionMember }
  /** A team server without a valid session here: sign in again. */
  | { readonly kind: 'signed-out' }
  /** The server could not be asked (offline); `member` is who was signed in last time. */
  | { readonly kind: 'unreachable'; readonly member: SessionMember | null }

/** One open invite, as admins see it (its link is shown only when it is made). */
export interface InviteView {
  readonly role: Role
  readonly email: string | null
  readonly expiresAt: string
}

/** Someone who signed in at the identity provider without being a member. */
export interface AccessRequestView {
  readonly email: string
  readonly name: string
  readonly requestedAt: string
}

/** The members page's data. */
export interface MembersView {
  readonly members: readonly SessionMember[]
  readonly invites: readonly InviteView[]
  readonly accessRequests: readonly AccessRequestView[]
}

/** An outcome, with the reason as a message when the server refused or could not be asked. */
export type ApiResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: Message }

/** Reads a member from JSON; null when it is not one. */
export function decodeMember(value: unknown): SessionMember | null {
  if (typeof value !== 'object' || value === null) return null
  const { id, name, email, role } = value as Record<string, unknown>
  if (typeof id !== 'string' || typeof name !== 'string' || typeof email !== 'string') return null
  return isRole(role) ? { id, name, email, role } : null
}

async function json(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown
  } catch {
    return null
  }
}

/**
 * Why the server refused: its `reason` when it is one of our catalogue's messages (an older or
 * foreign server may send anything), else its English `error`, else the status.
 */
export function refusalOf(body: unknown, status: number): Message {
  const { error, reason } = (body ?? {}) as { error?: unknown; reason?: unknown }
  const decoded = decodeMessage(reason)
  if (decoded) return decoded
  if (typeof error === 'string') return message('server.client.refused', { text: error })
  return message('server.client.httpStatus', { status })
}

/** One JSON API call; network failures and refusals become results with a message. */
export async function call<T>(
  fetchFn: typeof fetch,
  url: URL,
  init: RequestInit,
  read: (body: unknown) => T | null
): Promise<ApiResult<T>> {
  let response: Response
  try {
    response = await fetchFn(url, { credentials: 'include', ...init })
  } catch {
    return { ok: false, reason: message('server.client.unreachable') }
  }
  const body = response.status === 204 ? null : await json(response)
  if (!response.ok) return { ok: false, reason: refusalOf(body, response.status) }
  const value = read(body)
  return value === null
    ? { ok: false, reason: message('server.client.unreadable') }
    : { ok: true, value }
}

/** A JSON request body. */
export const jsonBody = (value: unknown): RequestInit => ({
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(value)
})

/** Asks the server who this app is signed in as. */
export async function fetchSession(fetchFn: typeof fetch, serverUrl: string): Promise<SessionInfo> {
  let response: Response
  try {
    response = await fetchFn(new URL('/api/session', serverUrl), { credentials: 'include' })
  } catch {
    return { kind: 'unreachable', member: null }
  }
  if (response.status === 401) return { kind: 'signed-out' }
  if (!response.ok) return { kind: 'unreachable', member: null }
  const body = (await json(response)) as { accounts?: unknown; member?: unknown } | null
  if (body?.accounts === false) return { kind: 'open' }
  const member = decodeMember(body?.member)
  return member ? { kind: 'member', member } : { kind: 'unreachable', member: null }
}

/** The member's role in one room; `null` when the server has no accounts. */
export function fetchRoomRole(
  fetchFn: typeof fetch,
  serverUrl: string,
  room: string
): Promise<ApiResult<Role>> {
  return call(
    fetchFn,
    new URL(`/api/rooms/${encodeURIComponent(room)}/access`, serverUrl),
    {},
    (body) => {
      const role = (body as { role?: unknown } | null)?.role
      return isRole(role) ? role : null
    }
  )
}

export function signOut(fetchFn: typeof fetch, serverUrl: string): Promise<ApiResult<true>> {
  return call(
    fetchFn,
    new URL('/sign-out', serverUrl),
    { method: 'POST', ...jsonBody({}) },
    () => true
  )
}

export function changePassword(
  fetchFn: typeof fetch,
  serverUrl: string,
  current: string,
  next: string
): Promise<ApiResult<true>> {
  return call(
    fetchFn,
    new URL('/api/session/password', serverUrl),
    { method: 'POST', ...jsonBody({ current, next }) },
    () => true
  )
}

export function fetchMembers(
  fetchFn: typeof fetch,
  serverUrl: string
): Promise<ApiResult<MembersView>> {
  return call(fetchFn, new URL('/api/members', serverUrl), {}, (body) => {
    const value = body as Partial<Record<keyof MembersView, unknown>> | null
    if (!value || !Array.isArray(value.members)) return null
    return {
      members: value.members.flatMap((member) => decodeMember(member) ?? []),
      invites: Array.isArray(value.invites) ? (value.invites as InviteView[]) : [],
      accessRequests: Array.isArray(value.accessRequests)
        ? (value.accessRequests as AccessRequestView[])
        : []
    }
  })
}

export function createInvite(
  fetchFn: typeof fetch,
  serverUrl: string,
  role: Role,
  email: string
): Promise<ApiResult<{ link: string; expiresAt: string }>> {
  return call(
    fetchFn,
    new URL('/api/invites', serverUrl),
    { method: 'POST', ...jsonBody({ role, email: email.trim() || null }) },
    (body) => {
      const { link, expiresAt } = (body ?? {}) as { link?: unknown; expiresAt?: unknown }
      return typeof link === 'string' && typeof expiresAt === 'string' ? { link, expiresAt } : null
    }
  )
}

export function setMemberRole(
  fetchFn: typeof fetch,
  serverUrl: string,
  memberId: string,
  role: Role
): Promise<ApiResult<true>> {
  return call(
    fetchFn,
    new URL(`/api/members/${encodeURIComponent(memberId)}`, serverUrl),
    { method: 'PATCH', ...jsonBody({ role }) },
    () => true
  )
}

export function removeMember(
  fetchFn: typeof fetch,
  serverUrl: string,
  memberId: string
): Promise<ApiResult<true>> {
  return call(
    fetchFn,
    new URL(`/api/members/${encodeURIComponent(memberId)}`, serverUrl),
    { method: 'DELETE' },
    () => true
  )
}
