/**
 * Composition of the sync server: HTTP routes, WebSocket upgrades, rooms,
 * heartbeat and shutdown. Everything it uses is passed in; nothing is global.
 */
import { createServer } from 'node:http'
import type { IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import { WebSocketServer } from 'ws'
import type { WebSocket } from 'ws'
import { wantsAcks } from '../src/core/sync-extensions'
import type { Accounts, Principal } from './accounts/accounts'
import { createAuthRoutes } from './accounts/auth-routes'
import type { IdentityProvider } from './accounts/identity-provider'
import { watchGrants } from './accounts/live-grants'
import type { ConnectionGrant } from './accounts/room-gate'
import { createRoomGate } from './accounts/room-gate'
import { AddressGuard } from './address-guard'
import type { Publisher } from './claim-review-render'
import type { ExportRunner } from './export-workers'
import { createExportWorkers } from './export-workers'
import type { AdminDeps } from './admin-route'
import { startHeartbeat } from './heartbeat'
import { MAX_HEADER_BYTES, ResponsesInFlight } from './http-hygiene'
import { createRequestHandler } from './http-routes'
import { createOriginPolicy } from './origin-policy'
import type { Limits } from './limits'
import { resolveLimits } from './limits'
import type { Logger } from './logger'
import { createSilentLogger } from './logger'
import { RoomRecord, type RoomRecordDeps } from './record/room-record'
import { RoomRegistry } from './room-registry'
import type { RoomStorage } from './storage/room-storage'
import { attachSyncConnection } from './sync-connection'
import { checkUpgradePath, isAuthorized, refuseUpgrade } from './upgrade'

/** How to build a sync server. */
export interface SyncServerOptions {
  readonly storage: RoomStorage
  readonly logger?: Logger
  readonly limits?: Partial<Limits>
  /** Decides whether a WebSocket upgrade for `room` may proceed (403 otherwise). */
  readonly authorize?: (request: IncomingMessage, room: string) => boolean | Promise<boolean>
  /** Directory of the browser app served at `/`; without it only the API is served. */
  readonly staticDir?: string
  /** Origins besides the server's own whose pages may use it (see origin-policy.ts). */
  readonly allowedOrigins?: readonly string[]
  /** The local admin channel (`POST /api/admin/backup`); without it there is none. */
  readonly admin?: AdminDeps
  /** Where exports are rendered; by default a worker thread of this server's own. */
  readonly exports?: ExportRunner
  /** The Claimdesk version named in exports. */
  readonly appVersion?: string
  /**
   * The newsroom that publishes the fact checks (`--org-name`, `--org-url`): the author of
   * ClaimReview exports, which this server refuses without it.
   */
  readonly publisher?: Publisher
  /**
   * A team server's accounts: without them the server is open to whoever can
   * reach it (the desktop app's own loopback server). With them every route
   * but sign-in needs a session or token, and every update is checked.
   */
  readonly accounts?: Accounts
  /** The address members use (`--public-url`): invite links, and the only Host answered besides loopback. */
  readonly publicUrl?: string
  /** Sign-in through the newsroom's identity provider. */
  readonly identityProvider?: IdentityProvider
  /**
   * The record's clock and version spacing, for tests (the defaults suit the server); `false`
   * keeps no activity log or versions, for benchmarks that measure what the record costs.
   */
  readonly record?: Pick<RoomRecordDeps, 'now' | 'versionEveryMs'> | false
}

/** An upgrade a team server let in: the member, and their role in the room. */
interface Admitted {
  readonly principal: Principal
  readonly grant: ConnectionGrant
}

/** A running (or ready to run) sync server. */
export interface SyncServer {
  /** Starts listening; `port` 0 picks a free port. Host defaults to 127.0.0.1. */
  listen(port: number, host?: string): Promise<{ url: string; port: number }>
  /** Refuses new work, closes sockets with 1001, flushes compaction and closes storage. */
  close(): Promise<void>
}

/** Creates a y-websocket compatible sync server at `/sync/ROOM` with the HTTP API beside it. */
export function createSyncServer(options: SyncServerOptions): SyncServer {
  const logger = options.logger ?? createSilentLogger()
  const limits = resolveLimits(options.limits)
  const { storage } = options
  const { accounts } = options
  const exports = options.exports ?? createExportWorkers()
  const compactRows = exports.compact?.bind(exports)
  const registry = new RoomRegistry({
    storage,
    logger,
    limits,
    gateFor: accounts ? (room) => createRoomGate(accounts.store, room) : undefined,
    recordFor:
      options.record === false
        ? undefined
        : (room) =>
            new RoomRecord({
              room,
              store: storage.record,
              logger,
              renderVersion: exports.renderVersion?.bind(exports),
              offLoop: exports.encodeVersion
                ? {
                    readRows: async () =>
                      (await storage.loadUpdates(room)).map((row) => row.update),
                    encodeRows: exports.encodeVersion.bind(exports)
                  }
                : undefined,
              ...options.record
            }),
    compactRows
  })
  const grants = accounts ? watchGrants(accounts) : undefined
  const guard = new AddressGuard(limits)
  const inFlight = new ResponsesInFlight()
  const addressOf = (request: IncomingMessage): string => request.socket.remoteAddress ?? ''
  const authorize = options.authorize
  const checkAccess = authorize
    ? (request: IncomingMessage, room: string) => isAuthorized(authorize, request, room)
    : undefined
  let loopbackOnly = true
  const checkOrigin = createOriginPolicy({
    allowedOrigins: options.allowedOrigins,
    loopbackOnly: () => loopbackOnly,
    publicHost: options.publicUrl ? new URL(options.publicUrl).host : undefined
  })
  const handleRequest = createRequestHandler({
    registry,
    storage,
    exports,
    logger,
    checkOrigin,
    maxBriefingBytes: limits.maxBriefingBytes,
    maxRoomBytes: limits.maxRoomBytes,
    // An import becomes one stored update, so it is held to the same bound as a client's frame.
    maxImportBytes: limits.maxMessageBytes,
    staticDir: options.staticDir,
    admin: options.admin,
    appVersion: options.appVersion,
    authorize: checkAccess,
    admitRoom: (request, room) => guard.refuseRoom(addressOf(request), room),
    connectionCount: () => sockets.clients.size,
    defaultRules: { secondCheck: accounts !== undefined },
    publisher: options.publisher,
    auth: accounts
      ? {
          accounts,
          routes: createAuthRoutes({
            accounts,
            publicUrl: options.publicUrl,
            identityProvider: options.identityProvider
          })
        }
      : undefined
  })
  const httpServer = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (request, response) => {
    inFlight.track(request, response)
    handleRequest(request, response)
  })
  const sockets = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes })
  const stopHeartbeat = startHeartbeat(sockets, limits.heartbeatMs)
  let closing: Promise<void> | undefined

  sockets.on(
    'connection',
    (socket: WebSocket, request: IncomingMessage, room: string, admitted?: Admitted) => {
      const address = addressOf(request)
      guard.opened(address)
      socket.once('close', () => guard.closed(address))
      const connection = attachSyncConnection(socket, room, {
        registry,
        logger,
        limits,
        acks: wantsAcks(request.url),
        onOffence: () => guard.offended(address),
        grant: admitted?.grant
      })
      if (grants && admitted) {
        const untrack = grants.track(connection, admitted.principal)
        socket.once('close', untrack)
      }
    }
  )

  /** On a team server: who an upgrade comes from and their role in the room, or why not. */
  const admitMember = async (
    request: IncomingMessage,
    room: string
  ): Promise<Admitted | { status: number; reason: string }> => {
    if (!accounts) throw new Error('no accounts')
    const principal = await accounts.authenticate(request)
    if (!principal) return { status: 401, reason: 'sign in first' }
    const role = await accounts.roleIn(principal.member, room)
    // Like an unknown room: who may not enter cannot tell whether it exists.
    if (!role) return { status: 404, reason: 'not found' }
    return { principal, grant: { member: principal.member, role } }
  }

  const handleUpgrade = async (
    request: IncomingMessage,
    socket: Duplex,
    head: Buffer
  ): Promise<void> => {
    socket.on('error', (error) => logger.warn('upgrade socket error', { error }))
    if (closing) return refuseUpgrade(socket, 503, 'server is shutting down')
    const origin = checkOrigin(request)
    if (!origin.ok) return refuseUpgrade(socket, origin.status, origin.reason)
    const decision = checkUpgradePath(request.url)
    if (decision.kind === 'refuse') return refuseUpgrade(socket, decision.status, decision.reason)
    if (!(await isAuthorized(options.authorize, request, decision.room))) {
      return refuseUpgrade(socket, 403, 'forbidden')
    }
    let admitted: Admitted | undefined
    if (accounts) {
      const outcome = await admitMember(request, decision.room)
      if (!('grant' in outcome)) return refuseUpgrade(socket, outcome.status, outcome.reason)
      admitted = outcome
    }
    const refusal = guard.refuseConnection(addressOf(request), decision.room)
    if (refusal) {
      logger.warn('refusing a connection', { address: addressOf(request), reason: refusal.reason })
      return refuseUpgrade(socket, refusal.status, refusal.reason, refusal.retryAfterSeconds)
    }
    if (closing) return refuseUpgrade(socket, 503, 'server is shutting down')
    sockets.handleUpgrade(request, socket, head, (webSocket) => {
      sockets.emit('connection', webSocket, request, decision.room, admitted)
    })
  }
  httpServer.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    handleUpgrade(request, socket, head).catch((error: unknown) => {
      logger.error('upgrade failed', { error })
      socket.destroy()
    })
  })
  httpServer.on('clientError', (error: Error & { code?: string }, socket: Duplex) =>
    inFlight.handleClientError(error, socket)
  )

  const shutDown = async (): Promise<void> => {
    stopHeartbeat()
    grants?.stop()
    const stopped = new Promise<void>((resolve) => httpServer.close(() => resolve()))
    httpServer.closeIdleConnections()
    await registry.closeAll()
    await waitForSockets(sockets, limits.closeGraceMs)
    await new Promise<void>((resolve) => sockets.close(() => resolve()))
    httpServer.closeAllConnections()
    await stopped
    await exports.close()
    await storage.close()
    logger.info('server closed')
  }

  return {
    listen(port, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject)
        httpServer.listen(port, host, () => {
          httpServer.off('error', reject)
          const address = httpServer.address() as AddressInfo
          loopbackOnly = isLoopbackAddress(address.address)
          const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address
          const url = `http://${shownHost}:${address.port}`
          logger.info('listening', { url })
          resolve({ url, port: address.port })
        })
      })
    },
    close() {
      closing ??= shutDown()
      return closing
    }
  }
}

/** True for 127.0.0.0/8 and ::1, where only this machine can reach the server. */
function isLoopbackAddress(address: string): boolean {
  return address === '::1' || address.startsWith('127.') || address === '::ffff:127.0.0.1'
}

/** Waits until every socket has closed, terminating stragglers after `graceMs`. */
async function waitForSockets(sockets: WebSocketServer, graceMs: number): Promise<void> {
  const open = [...sockets.clients]
  const closed = open.map(
    (socket) =>
      new Promise<void>((resolve) => {
        if (socket.readyState === socket.CLOSED) resolve()
        else socket.once('close', () => resolve())
      })
  )
  const timer = setTimeout(() => open.forEach((socket) => socket.terminate()), graceMs)
  await Promise.all(closed)
  clearTimeout(timer)
}
