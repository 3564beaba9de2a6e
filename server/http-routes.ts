/** Routes plain HTTP requests: health, briefing import, room export, and the static browser app. */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { isValidRoomName } from '../src/core/room-name'
import type { AddressRefusal } from './address-guard'
import type { AdminDeps } from './admin-route'
import { handleBackup } from './admin-route'
import { handleAnnotationsImport } from './annotations-route'
import { handleBriefingImport } from './briefing-route'
import { handleRoomExport } from './export-route'
import type { ExportRunner } from './export-workers'
import { MAX_URL_LENGTH } from './http-hygiene'
import { sendError, sendJson } from './http-response'
import type { Logger } from './logger'
import type { OriginDecision } from './origin-policy'
import type { RoomRegistry } from './room-registry'
import type { RoomStorage } from './storage/room-storage'
import { serveStaticFile } from './static-files'

/** `/api/rooms/ROOM/ACTION`: the room and what is done with it. */
const ROOM_PATH = /^\/api\/rooms\/([^/]+)\/(briefing|export|annotations)$/

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
  room: string
): Promise<boolean> {
  if (!isValidRoomName(room)) {
    sendError(response, 400, 'invalid room name')
    return false
  }
  if (deps.authorize && !(await deps.authorize(request, room))) {
    sendError(response, 404, 'no such room')
    return false
  }
  const refusal = deps.admitRoom?.(request, room)
  if (refusal) {
    sendError(response, refusal.status, refusal.reason, {
      'Retry-After': String(refusal.retryAfterSeconds)
    })
    return false
  }
  return true
}

/** A Node `request` listener for the server's HTTP routes. */
export function createRequestHandler(
  deps: HttpRouteDeps
): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    route(deps, request, response).catch((error: unknown) => {
      deps.logger.error('HTTP request failed', { url: request.url, error })
      if (!response.headersSent) sendError(response, 500, 'internal error')
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
    return sendError(response, origin.status, origin.reason)
  }
  if ((request.url ?? '').length > MAX_URL_LENGTH) {
    return sendError(response, 414, `request target longer than ${MAX_URL_LENGTH} bytes`)
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
  const roomRoute = ROOM_PATH.exec(pathname)
  if (roomRoute) {
    const [, room = '', action] = roomRoute
    if (!(await admitRoomRequest(deps, request, response, room))) return
    return routeRoom(deps, action, room, method, url.searchParams, request, response)
  }
  if (pathname.startsWith('/api/') || pathname.startsWith('/sync/') || !deps.staticDir) {
    return sendError(response, 404, 'not found')
  }
  if (method !== 'GET' && method !== 'HEAD') return refuseMethod(response, 'GET, HEAD')
  return serveStaticFile(deps.staticDir, pathname, request, response)
}

/** One admitted room request, by its action. */
function routeRoom(
  deps: HttpRouteDeps,
  action: string | undefined,
  room: string,
  method: string,
  query: URLSearchParams,
  request: IncomingMessage,
  response: ServerResponse
): Promise<void> | void {
  const { registry, maxRoomBytes } = deps
  switch (action) {
    case 'briefing':
      if (method !== 'POST') return refuseMethod(response, 'POST')
      return handleBriefingImport(
        { registry, maxBriefingBytes: deps.maxBriefingBytes, maxRoomBytes },
        room,
        request,
        response
      )
    case 'annotations':
      if (method !== 'POST') return refuseMethod(response, 'POST')
      return handleAnnotationsImport(
        { registry, maxImportBytes: deps.maxImportBytes, maxRoomBytes },
        room,
        request,
        response
      )
    default: {
      if (method !== 'GET') return refuseMethod(response, 'GET')
      const { storage, exports, appVersion } = deps
      return handleRoomExport({ registry, storage, exports, appVersion }, room, query, response)
    }
  }
}

function refuseMethod(response: ServerResponse, allowed: string): void {
  sendError(response, 405, 'method not allowed', { Allow: allowed })
}
