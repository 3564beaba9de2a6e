/** Routes plain HTTP requests: health, briefing import, room export, and the static browser app. */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { roleRefusal } from '../src/core/access/role-messages'
import type { Permission, Role } from '../src/core/access/roles'
import { permits } from '../src/core/access/roles'
import type { MessageKey } from '../src/core/i18n/message'
import { message } from '../src/core/i18n/message'
import { isValidRoomName } from '../src/core/room-name'
import type { Accounts, Principal } from './accounts/accounts'
import type { AuthRoutes } from './accounts/auth-routes'
import { handleRoomAccess } from './accounts/room-access-route'
import type { AddressRefusal } from './address-guard'
import type { AdminDeps } from './admin-route'
import { handleBackup, handleMembersCommand } from './admin-route'
import { handleAnnotationsImport } from './annotations-route'
import { handleBriefingImport } from './briefing-route'
import type { Publisher } from './claim-review-render'
import { handleRoomExport } from './export-route'
import { handleRecordRequest } from './record/record-routes'
import type { ReviewRules } from '../src/core/claims/second-check'
import type { ExportRunner } from './export-workers'
import { MAX_URL_LENGTH } from './http-hygiene'
import { sendError, sendJson } from './http-response'
import type { Logger } from './logger'
import type { OriginDecision } from './origin-policy'
import type { RoomRegistry } from './room-registry'
import type { RoomStorage } from './storage/room-storage'
import { serveStaticFile } from './static-files'

/**
 * `/api/rooms/ROOM/ACTION`: the room and what is done with it; the record's actions may name
 * a version (`versions/ID`) and restore it (`versions/ID/restore`).
 */
const ROOM_PATH =
  /^\/api\/rooms\/([^/]+)\/(briefing|export|annotations|access|activity|versions)(?:\/([1-9]\d{0,14})(\/restore)?)?$/

/** What each room action needs of the caller's role on a team server, and the refusal without it. */
const ROOM_ACTION_NEEDS: Readonly<Record<string, { permission: Permission; refusal: MessageKey }>> =
  {
    briefing: { permission: 'edit', refusal: 'server.room.mayNot.importBriefings' },
    annotations: { permission: 'edit', refusal: 'server.room.mayNot.importAnnotations' },
    export: { permission: 'read', refusal: 'server.room.mayNot.export' },
    access: { permission: 'read', refusal: 'server.room.mayNot.open' },
    activity: { permission: 'edit', refusal: 'server.room.mayNot.readActivity' },
    versions: { permission: 'read', refusal: 'server.room.mayNot.seeVersions' },
    'versions.save': { permission: 'check', refusal: 'server.room.mayNot.saveVersions' },
    'versions.restore': { permission: 'edit', refusal: 'server.room.mayNot.restoreVersions' }
  }

/** A team server's accounts, as the routes use them. */
export interface HttpAccounts {
  readonly accounts: Accounts
  readonly routes: AuthRoutes
}

/** What the HTTP routes need from the server. */
export interface HttpRouteDeps {
  readonly registry: RoomRegistry
  readonly storage: RoomStorage
  /** Renders exports off the event loop. */
  readonly exports: ExportRunner
  readonly logger: Logger
  readonly maxBriefingBytes: number
  readonly maxRoomBytes: number
  /** Largest Web Annotation collection accepted for import. */
  readonly maxImportBytes: number
  /** Directory of the browser app; without it only the API is served. */
  readonly staticDir?: string
  /** Refuses cross-site requests and foreign Host names; see origin-policy.ts. */
  readonly checkOrigin: (request: IncomingMessage) => OriginDecision
  /** The app's version, shown in exports. */
  readonly appVersion?: string
  /** Whether the request may read or change `room`; a refusal looks like an unknown room. */
  readonly authorize?: (request: IncomingMessage, room: string) => Promise<boolean>
  /** Per-address quota on rooms opened; checked before a room is loaded. */
  readonly admitRoom?: (request: IncomingMessage, room: string) => AddressRefusal | undefined
  /** The local admin channel; see admin-route.ts. */
  readonly admin?: AdminDeps
  /** Open sync connections, for /healthz. */
  readonly connectionCount?: () => number
  /** On a team server: sign-in, sessions, members; every other route needs a principal. */
  readonly auth?: HttpAccounts
  /** Review rules of rooms that set none: the second check is on for team servers. */
  readonly defaultRules?: ReviewRules
  /** The newsroom named in ClaimReview exports (`--org-name`, `--org-url`). */
  readonly publisher?: Publisher
}

/**
 * Checks the room of a room route before anything loads it: name, access
 * (refused and unknown rooms answer alike, so rooms cannot be probed) and the
 * address's quota. True when the request may go on.
 */
async function admitRoomRequest(
  deps: HttpRouteDeps,
  request: IncomingMessage,
  response: ServerResponse,
  room: string,
  access: { principal: Principal; action: string } | undefined
): Promise<Role | 'open' | undefined> {
  if (!isValidRoomName(room)) {
    sendError(response, 400, message('server.room.invalidName'))
    return undefined
  }
  if (deps.authorize && !(await deps.authorize(request, room))) {
    sendError(response, 404, message('server.room.noSuchRoom'))
    return undefined
  }
  let role: Role | 'open' = 'open'
  if (deps.auth && access) {
    const roomRole = await deps.auth.accounts.roleIn(access.principal.member, room)
    if (!roomRole) {
      sendError(response, 404, message('server.room.noSuchRoom'))
      return undefined
    }
    const need = ROOM_ACTION_NEEDS[access.action]
    const isRead = request.method === 'GET' || request.method === 'HEAD'
    // Changing access is checked by its own route, which knows whose access changes.
    if (need && (isRead || access.action !== 'access') && !permits(roomRole, need.permission)) {
      sendError(response, 403, roleRefusal(need.refusal, roomRole, need.permission))
      return undefined
    }
    role = roomRole
  }
  // Per-address limits answer hostile or runaway clients; their reasons stay English.
  const refusal = deps.admitRoom?.(request, room)
  if (refusal) {
    sendError(response, refusal.status, refusal.reason, {
      'Retry-After': String(refusal.retryAfterSeconds)
    })
    return undefined
  }
  return role
}

/** A Node `request` listener for the server's HTTP routes. */
export function createRequestHandler(
  deps: HttpRouteDeps
): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    route(deps, request, response).catch((error: unknown) => {
      deps.logger.error('HTTP request failed', { url: request.url, error })
      if (!response.headersSent) sendError(response, 500, message('server.request.internal'))
      else response.destroy()
    })
  }
}

async function route(
  deps: HttpRouteDeps,
  request: IncomingMessage,
  response: ServerResponse
): Promise<void> {
  const method = request.method ?? 'GET'
  const origin = deps.checkOrigin(request)
  // Reading is harmless across sites (the browser keeps the answer from the page); changing is not.
  if (!origin.ok && (origin.status === 421 || (method !== 'GET' && method !== 'HEAD'))) {
    // Answers other sites' pages and misrouted hosts, never the app: English only.
    return sendError(response, origin.status, origin.reason)
  }
  if ((request.url ?? '').length > MAX_URL_LENGTH) {
    return sendError(response, 414, message('server.request.urlTooLong', { max: MAX_URL_LENGTH }))
  }
  const url = new URL(request.url ?? '/', 'http://localhost')
  const pathname = url.pathname
  if (pathname === '/healthz') {
    if (method !== 'GET' && method !== 'HEAD') return refuseMethod(response, 'GET, HEAD')
    return sendJson(response, 200, {
      status: 'ok',
      rooms: deps.registry.size,
      connections: deps.connectionCount?.() ?? 0
    })
  }
  if (pathname === '/api/admin/backup' && deps.admin) {
    if (method !== 'POST') return refuseMethod(response, 'POST')
    return handleBackup(deps.admin, request, response)
  }
  if (pathname === '/api/admin/members' && deps.admin) {
    if (method !== 'POST') return refuseMethod(response, 'POST')
    return handleMembersCommand(deps.admin, request, response)
  }
  if (!deps.auth && pathname === '/api/session') {
    // A server without accounts: nobody signs in. The app asks on every start, so this is a 200.
    if (method !== 'GET') return refuseMethod(response, 'GET')
    return sendJson(response, 200, { accounts: false, member: null })
  }
  let principal: Principal | undefined
  if (deps.auth) {
    if (await deps.auth.routes.handlePublic(request, response, url)) return
    principal = await deps.auth.accounts.authenticate(request)
    if (!principal) return deps.auth.routes.refuseUnauthenticated(request, response, url)
    if (await deps.auth.routes.handleSignedIn(principal, request, response, url)) return
  }
  const roomRoute = ROOM_PATH.exec(pathname)
  if (roomRoute) {
    const [, room = '', action = '', versionId, restore] = roomRoute
    if (versionId !== undefined && action !== 'versions') {
      return sendError(response, 404, message('server.request.notFound'))
    }
    const need = recordNeed(action, method, versionId, restore)
    const access = principal ? { principal, action: need } : undefined
    const role = await admitRoomRequest(deps, request, response, room, access)
    if (role === undefined) return
    if (action === 'access') {
      if (!deps.auth || !principal || role === 'open') {
        return sendError(response, 404, message('server.request.notFound'))
      }
      return handleRoomAccess(deps.auth.accounts, principal, role, room, request, response)
    }
    if (action === 'activity' || action === 'versions') {
      const renderVersion = deps.exports.renderVersion?.bind(deps.exports)
      return handleRecordRequest(
        { registry: deps.registry, store: deps.storage.record, renderVersion },
        request,
        response,
        {
          room,
          action,
          versionId: versionId === undefined ? undefined : Number(versionId),
          restore: restore !== undefined,
          actor: principal?.member.name,
          query: url.searchParams
        }
      )
    }
    return routeRoom(deps, action, room, method, url.searchParams, request, response, principal)
  }
  if (pathname.startsWith('/api/') || pathname.startsWith('/sync/') || !deps.staticDir) {
    return sendError(response, 404, message('server.request.notFound'))
  }
  if (method !== 'GET' && method !== 'HEAD') return refuseMethod(response, 'GET, HEAD')
  return serveStaticFile(deps.staticDir, pathname, request, response)
}

/** The key of ROOM_ACTION_NEEDS a request is checked against. */
function recordNeed(
  action: string,
  method: string,
  versionId: string | undefined,
  restore: string | undefined
): string {
  if (action !== 'versions') return action
  if (restore !== undefined) return 'versions.restore'
  return versionId === undefined && method === 'POST' ? 'versions.save' : 'versions'
}

/** One admitted room request, by its action. */
function routeRoom(
  deps: HttpRouteDeps,
  action: string | undefined,
  room: string,
  method: string,
  query: URLSearchParams,
  request: IncomingMessage,
  response: ServerResponse,
  principal: Principal | undefined
): Promise<void> | void {
  const { registry, maxRoomBytes } = deps
  switch (action) {
    case 'briefing':
      if (method !== 'POST') return refuseMethod(response, 'POST')
      return handleBriefingImport(
        {
          registry,
          maxBriefingBytes: deps.maxBriefingBytes,
          maxRoomBytes,
          actor: principal?.member.name
        },
        room,
        request,
        response
      )
    case 'annotations':
      if (method !== 'POST') return refuseMethod(response, 'POST')
      return handleAnnotationsImport(
        {
          registry,
          maxImportBytes: deps.maxImportBytes,
          maxRoomBytes,
          actor: principal?.member.name
        },
        room,
        request,
        response
      )
    default: {
      if (method !== 'GET') return refuseMethod(response, 'GET')
      const { storage, exports, appVersion, defaultRules, publisher } = deps
      return handleRoomExport(
        { registry, storage, exports, appVersion, defaultRules, publisher },
        room,
        query,
        response
      )
    }
  }
}

function refuseMethod(response: ServerResponse, allowed: string): void {
  sendError(response, 405, message('server.request.methodNotAllowed'), { Allow: allowed })
}
