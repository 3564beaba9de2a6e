/**
 * A team server's account routes. Public: the sign-in page (`/sign-in`),
 * invites (`/invite/SECRET`), sign-out. Signed in: `GET /api/session`,
 * `POST /api/session/password`. Admins: `GET /api/members`, `POST /api/invites`,
 * `PATCH|DELETE /api/members/ID`, `PUT /api/rooms/ROOM/access` (room-routes).
 * Anything else without a valid session or token answers 401.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { serialize } from 'cookie'
import { message } from '../../src/core/i18n/message'
import { decodeJsonBody } from '../annotations-route'
import { sendError, sendJson, type Refused } from '../http-response'
import { decodeUtf8, mediaType, readUpload } from '../request-body'
import { DuplicateMemberError } from './account-store'
import type { Accounts, Principal } from './accounts'
import { AccountError } from './accounts'
import type { PageLanguage } from './auth-pages'
import { invitePage, messagePage, pageLanguage, sendPage, signInPage } from './auth-pages'
import type { IdentityProvider } from './identity-provider'
import { handleMembersApi } from './member-routes'
import { hashSecret } from './secrets'
import { fail, memberView, refuse } from './route-answers'

/** What the account routes need. */
export interface AuthRouteDeps {
  readonly accounts: Accounts
  /** The server's public address (`--public-url`), used in invite links; else the request's own. */
  readonly publicUrl?: string
  /** Sign-in through the newsroom's identity provider, when configured. */
  readonly identityProvider?: IdentityProvider
}

const FORM = 'application/x-www-form-urlencoded'
const JSON_TYPE = 'application/json'
const SMALL_BODY = 16 * 1024

/** A path on this server to go to after signing in; anything else goes to the start. */
export function safeNext(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return '/'
  }
  return value
}

/** The account routes; each returns true when it answered the request. */
export function createAuthRoutes(deps: AuthRouteDeps) {
  const { accounts } = deps

  const sessionCookie = (secret: string, expiresAt: Date): string =>
    serialize(accounts.cookieName, secret, {
      httpOnly: true,
      sameSite: 'lax',
      secure: accounts.secureCookies,
      path: '/',
      expires: expiresAt
    })
  /** Sends a browser on to `location`, signed in with `session`. */
  const redirectSignedIn = (
    response: ServerResponse,
    location: string,
    session: string,
    expiresAt: Date
  ): void => {
    response.writeHead(303, {
      Location: location,
      'Set-Cookie': sessionCookie(session, expiresAt),
      'Cache-Control': 'no-store'
    })
    response.end()
  }
  const clearedCookie = (): string =>
    serialize(accounts.cookieName, '', {
      httpOnly: true,
      sameSite: 'lax',
      secure: accounts.secureCookies,
      path: '/',
      maxAge: 0
    })

  /** The fields of a small form or JSON body, or undefined once an error was sent. */
  const readFields = async (
    request: IncomingMessage,
    response: ServerResponse
  ): Promise<Record<string, string> | undefined> => {
    const bytes = await readUpload(request, response, {
      types: new Set([FORM, JSON_TYPE]),
      wrongType: message('server.request.sendEither', { first: FORM, second: JSON_TYPE }),
      maxBytes: SMALL_BODY
    })
    if (bytes === undefined) return undefined
    if (mediaType(request) === FORM) {
      const text = decodeUtf8(bytes)
      if ('error' in text) return void sendError(response, 400, text)
      return Object.fromEntries(new URLSearchParams(text.text))
    }
    const decoded = decodeJsonBody(bytes)
    if ('error' in decoded) return void sendError(response, 400, decoded)
    const { json } = decoded
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      return void sendError(response, 400, message('server.request.notObject'))
    }
    const fields: Record<string, string> = {}
    for (const [key, value] of Object.entries(json)) {
      if (typeof value === 'string') fields[key] = value
      else if (value === null) fields[key] = ''
    }
    return fields
  }

  const wantsJson = (request: IncomingMessage): boolean => mediaType(request) === JSON_TYPE

  const signIn = async (
    request: IncomingMessage,
    response: ServerResponse,
    language: PageLanguage
  ): Promise<void> => {
    const fields = await readFields(request, response)
    if (!fields) return
    const next = safeNext(fields['next'])
    const email = fields['email'] ?? ''
    const result = await accounts.signIn(email, fields['password'] ?? '', addressOf(request))
    if (!result.ok) {
      const headers: Record<string, string> = result.retryAfterSeconds
        ? { 'Retry-After': String(result.retryAfterSeconds) }
        : {}
      if (wantsJson(request)) return sendError(response, result.status, result.reason, headers)
      const page = signInPage({
        next,
        email,
        error: result.reason,
        identityProvider: deps.identityProvider !== undefined,
        language
      })
      return sendPage(response, result.status, page, headers)
    }
    if (wantsJson(request)) {
      return sendJson(
        response,
        200,
        { member: memberView(result.member) },
        { 'Set-Cookie': sessionCookie(result.session, result.expiresAt) }
      )
    }
    redirectSignedIn(response, next, result.session, result.expiresAt)
  }

  const signOut = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const principal = await accounts.authenticate(request)
    if (principal) await accounts.signOut(principal)
    const headers = { 'Set-Cookie': clearedCookie(), 'Cache-Control': 'no-store' }
    if (wantsJson(request)) {
      response.writeHead(204, headers)
      return void response.end()
    }
    response.writeHead(303, { ...headers, Location: '/sign-in' })
    response.end()
  }

  const invite = async (
    secret: string,
    request: IncomingMessage,
    response: ServerResponse,
    language: PageLanguage
  ): Promise<void> => {
    const open = await accounts.store.findInvite(hashSecret(secret))
    const gone = () =>
      sendPage(
        response,
        404,
        messagePage(language, message('server.invite.goneTitle'), message('server.invite.goneText'))
      )
    if (!open || open.expiresAt <= new Date().toISOString()) return gone()
    if (request.method === 'GET') {
      const page = invitePage({ secret, role: open.role, email: open.email, language })
      return sendPage(response, 200, page)
    }
    const fields = await readFields(request, response)
    if (!fields) return
    const input = {
      name: fields['name'] ?? '',
      email: fields['email'] ?? '',
      password: fields['password'] ?? ''
    }
    let accepted
    try {
      accepted = await accounts.acceptInvite(secret, input)
    } catch (error) {
      if (!(error instanceof AccountError || error instanceof DuplicateMemberError)) throw error
      const page = invitePage({
        secret,
        role: open.role,
        email: open.email ?? input.email,
        name: input.name,
        error: accountRefusal(error).reason,
        language
      })
      return sendPage(response, 400, page)
    }
    if (!accepted) return gone()
    redirectSignedIn(response, '/', accepted.session, accepted.expiresAt)
  }

  /** Routes anyone may use; true when answered. */
  const handlePublic = async (
    request: IncomingMessage,
    response: ServerResponse,
    url: URL
  ): Promise<boolean> => {
    const method = request.method ?? 'GET'
    const { pathname } = url
    const language = pageLanguage(request, url)
    if (pathname === '/sign-in') {
      if (method === 'POST') await signIn(request, response, language)
      else if (method === 'GET' || method === 'HEAD') {
        const page = signInPage({
          next: safeNext(url.searchParams.get('next')),
          identityProvider: deps.identityProvider !== undefined,
          language
        })
        sendPage(response, 200, page)
      } else refuse(response, 'GET, POST')
      return true
    }
    if (pathname === '/sign-out') {
      if (method === 'POST') await signOut(request, response)
      else refuse(response, 'POST')
      return true
    }
    const inviteMatch = /^\/invite\/([A-Za-z0-9_-]{1,100})$/.exec(pathname)
    if (inviteMatch?.[1]) {
      if (method === 'GET' || method === 'POST') {
        await invite(inviteMatch[1], request, response, language)
      } else refuse(response, 'GET, POST')
      return true
    }
    if (deps.identityProvider && pathname.startsWith('/sign-in/oidc')) {
      await deps.identityProvider.handle(request, response, url, {
        startSession: async (memberId, next) => {
          const { session, expiresAt } = await accounts.startSession(memberId)
          redirectSignedIn(response, safeNext(next), session, expiresAt)
        }
      })
      return true
    }
    return false
  }

  /** The answer to a request without a valid session: the sign-in page for a browser, else JSON. */
  const refuseUnauthenticated = (
    request: IncomingMessage,
    response: ServerResponse,
    url: URL
  ): void => {
    const html = (request.headers.accept ?? '').includes('text/html')
    if (html && !url.pathname.startsWith('/api/') && request.method === 'GET') {
      const next = safeNext(url.pathname + url.search)
      const page = signInPage({
        next,
        identityProvider: deps.identityProvider !== undefined,
        language: pageLanguage(request, url)
      })
      return sendPage(response, 401, page)
    }
    sendError(response, 401, message('server.account.signInFirst'), {
      'WWW-Authenticate': 'Bearer realm="claimdesk"'
    })
  }

  const base = (request: IncomingMessage): string =>
    deps.publicUrl ?? `http://${request.headers.host ?? '127.0.0.1'}`

  /** Routes for signed-in members; true when answered. */
  const handleSignedIn = async (
    principal: Principal,
    request: IncomingMessage,
    response: ServerResponse,
    url: URL
  ): Promise<boolean> => {
    const method = request.method ?? 'GET'
    const { pathname } = url
    if (pathname === '/api/session') {
      if (method !== 'GET') return refuse(response, 'GET')
      sendJson(response, 200, {
        accounts: true,
        member: memberView(principal.member),
        expiresAt: principal.expiresAt?.toISOString() ?? null
      })
      return true
    }
    if (pathname === '/api/session/password') {
      if (method !== 'POST') return refuse(response, 'POST')
      const fields = await readFields(request, response)
      if (!fields) return true
      try {
        await accounts.changePassword(principal, fields['current'] ?? '', fields['next'] ?? '')
      } catch (error) {
        if (error instanceof AccountError) return fail(response, 400, accountRefusal(error))
        throw error
      }
      response.writeHead(204, { 'Cache-Control': 'no-store' })
      response.end()
      return true
    }
    return handleMembersApi({ accounts, readFields, base }, principal, request, response, url)
  }

  return { handlePublic, refuseUnauthenticated, handleSignedIn }
}

/** The account routes, as http-routes.ts calls them. */
export type AuthRoutes = ReturnType<typeof createAuthRoutes>

/** An account refusal as the API and the pages give it. */
function accountRefusal(error: AccountError | DuplicateMemberError): Refused {
  return { error: error.message, reason: error.reason }
}

function addressOf(request: IncomingMessage): string {
  return request.socket.remoteAddress ?? ''
}
