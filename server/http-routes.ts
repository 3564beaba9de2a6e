/** Routes plain HTTP requests: health, briefing import, room export, and the static browser app. */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { handleAnnotationsImport } from './annotations-route'
import { handleBriefingImport } from './briefing-route'
import { handleRoomExport } from './export-route'
import { sendError, sendJson } from './http-response'
import type { Logger } from './logger'
import type { OriginDecision } from './origin-policy'
import type { RoomRegistry } from './room-registry'
import { serveStaticFile } from './static-files'

const BRIEFING_PATH = /^\/api\/rooms\/([^/]+)\/briefing$/
const EXPORT_PATH = /^\/api\/rooms\/([^/]+)\/export$/
const ANNOTATIONS_PATH = /^\/api\/rooms\/([^/]+)\/annotations$/

/** What the HTTP routes need from the server. */
export interface HttpRouteDeps {
  readonly registry: RoomRegistry
  readonly logger: Logger
  readonly maxBriefingBytes: number
  /** Largest Web Annotation collection accepted for import. */
  readonly maxImportBytes: number
  /** Directory of the browser app; without it only the API is served. */
  readonly staticDir?: string
  /** Refuses cross-site requests and foreign Host names; see origin-policy.ts. */
  readonly checkOrigin: (request: IncomingMessage) => OriginDecision
  /** The app's version, shown in exports. */
  readonly appVersion?: string
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
  const url = new URL(request.url ?? '/', 'http://localhost')
  const pathname = url.pathname
  if (pathname === '/healthz') {
    if (method !== 'GET' && method !== 'HEAD') return refuseMethod(response, 'GET, HEAD')
    return sendJson(response, 200, { status: 'ok', rooms: deps.registry.size })
  }
  const briefing = BRIEFING_PATH.exec(pathname)
  if (briefing) {
    if (method !== 'POST') return refuseMethod(response, 'POST')
    const room = briefing[1] ?? ''
    const limits = { registry: deps.registry, maxBriefingBytes: deps.maxBriefingBytes }
    return handleBriefingImport(limits, room, request, response)
  }
  const annotations = ANNOTATIONS_PATH.exec(pathname)
  if (annotations) {
    if (method !== 'POST') return refuseMethod(response, 'POST')
    const importDeps = { registry: deps.registry, maxImportBytes: deps.maxImportBytes }
    return handleAnnotationsImport(importDeps, annotations[1] ?? '', request, response)
  }
  const exported = EXPORT_PATH.exec(pathname)
  if (exported) {
    if (method !== 'GET') return refuseMethod(response, 'GET')
    const exportDeps = { registry: deps.registry, appVersion: deps.appVersion }
    return handleRoomExport(exportDeps, exported[1] ?? '', url.searchParams, response)
  }
  if (pathname.startsWith('/api/') || pathname.startsWith('/sync/') || !deps.staticDir) {
    return sendError(response, 404, 'not found')
  }
  if (method !== 'GET' && method !== 'HEAD') return refuseMethod(response, 'GET, HEAD')
  return serveStaticFile(deps.staticDir, pathname, request, response)
}

function refuseMethod(response: ServerResponse, allowed: string): void {
  sendError(response, 405, 'method not allowed', { Allow: allowed })
}
