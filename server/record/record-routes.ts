/**
 * The room record's routes: `GET /api/rooms/ROOM/activity?format=json|csv`, `GET` and `POST
 * /api/rooms/ROOM/versions`, `GET /api/rooms/ROOM/versions/ID` (the version read-only, as plain
 * data) and `POST /api/rooms/ROOM/versions/ID/restore`. Roles are checked before these run
 * (http-routes.ts); what is written is stamped with the caller the server knows.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import * as Y from 'yjs'
import { activityCsv, filterActivity, groupActivity } from '../../src/core/record/activity'
import { restoreVersion } from '../../src/collab/version-restore'
import { message } from '../../src/core/i18n/message'
import { renderVersion } from '../export-render'
import { SECURITY_HEADERS, sendError, sendJson } from '../http-response'
import { decodeJsonBody } from '../annotations-route'
import { readUpload } from '../request-body'
import type { Room } from '../room'
import { UNKNOWN_REVIEWER } from './room-record'
import type { RoomRegistry } from '../room-registry'
import { DamagedVersionError, type RecordStore, type VersionInfo } from '../storage/record-store'

/** What the record routes need. */
export interface RecordRouteDeps {
  readonly registry: RoomRegistry
  readonly store: RecordStore
  /** Renders a version for reading off the loop; without it, on the loop. */
  readonly renderVersion?: (state: Uint8Array) => Promise<Uint8Array>
}

/** One record request, already admitted for `room`. */
export interface RecordRequest {
  readonly room: string
  /** `activity`, `versions`, or `versions` with a version id and maybe `restore`. */
  readonly action: 'activity' | 'versions'
  readonly versionId?: number
  readonly restore: boolean
  /** Who asks: the member on a team server; on an open one, what the body names. */
  readonly actor: string | undefined
  readonly query: URLSearchParams
}

const MAX_BODY_BYTES = 4096
const MAX_VERSION_NAME = 120

/** Handles a record request. */
export async function handleRecordRequest(
  deps: RecordRouteDeps,
  request: IncomingMessage,
  response: ServerResponse,
  record: RecordRequest
): Promise<void> {
  const method = request.method ?? 'GET'
  if (record.action === 'activity') {
    if (method !== 'GET') return refuse(response, 'GET')
    return sendActivity(deps, record, response)
  }
  if (record.versionId === undefined) {
    if (method === 'GET') {
      return sendJson(response, 200, { versions: await deps.store.listVersions(record.room) })
    }
    if (method !== 'POST') return refuse(response, 'GET, POST')
    return saveNamedVersion(deps, request, response, record)
  }
  if (record.restore) {
    if (method !== 'POST') return refuse(response, 'POST')
    return restore(deps, request, response, record, record.versionId)
  }
  if (method !== 'GET') return refuse(response, 'GET')
  return sendVersion(deps, response, record.room, record.versionId)
}

async function sendActivity(
  deps: RecordRouteDeps,
  record: RecordRequest,
  response: ServerResponse
): Promise<void> {
  const format = record.query.get('format') ?? 'json'
  if (format !== 'json' && format !== 'csv') {
    return sendError(response, 400, message('server.record.format'))
  }
  const member = record.query.get('member') ?? undefined
  const claimId = record.query.get('claim') ?? undefined
  const entries = filterActivity(groupActivity(await deps.store.listActivity(record.room)), {
    actor: member,
    claimId
  })
  if (format === 'json') return sendJson(response, 200, { activity: entries })
  const csv = activityCsv(entries)
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${record.room}-activity.csv"`,
    'Content-Length': Buffer.byteLength(csv),
    'Cache-Control': 'no-store'
  })
  response.end(csv)
}

/** The body's fields (none for a request without a body), or undefined once an error was sent. */
async function readFields(
  request: IncomingMessage,
  response: ServerResponse
): Promise<Record<string, unknown> | undefined> {
  const declared = request.headers['content-length']
  if (declared === '0' || (declared === undefined && !request.headers['transfer-encoding'])) {
    return {}
  }
  const bytes = await readUpload(request, response, {
    types: new Set(['application/json']),
    wrongType: message('server.request.sendJsonObject'),
    maxBytes: MAX_BODY_BYTES
  })
  if (bytes === undefined) return undefined
  const decoded = decodeJsonBody(bytes)
  if ('error' in decoded) return void sendError(response, 400, decoded)
  const { json } = decoded
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return void sendError(response, 400, message('server.request.notObject'))
  }
  return json as Record<string, unknown>
}

/** The caller's name: the member's, else the reviewer an open server's client names. */
function actorOf(record: RecordRequest, fields: Record<string, unknown>): string {
  if (record.actor !== undefined) return record.actor
  const named = fields['reviewer']
  return typeof named === 'string' && named.trim() !== ''
    ? named.trim().slice(0, 80)
    : UNKNOWN_REVIEWER
}

async function saveNamedVersion(
  deps: RecordRouteDeps,
  request: IncomingMessage,
  response: ServerResponse,
  record: RecordRequest
): Promise<void> {
  const fields = await readFields(request, response)
  if (!fields) return
  const name = typeof fields['name'] === 'string' ? fields['name'].trim() : ''
  if (name === '' || name.length > MAX_VERSION_NAME) {
    return sendError(response, 400, message('server.record.versionName', { max: MAX_VERSION_NAME }))
  }
  const actor = actorOf(record, fields)
  // The room's state is taken in its write order; encoding and storing it need not hold it.
  const taken = await withRoom(deps, record.room, async (room, roomRecord) => ({
    roomRecord,
    ...(await roomRecord.saveVersion(room.doc, { reason: 'named', name, takenBy: actor }))
  }))
  if (taken === undefined) return sendError(response, 503, message('server.room.unavailable'))
  const version = await taken.stored
  await deps.store.appendActivity(
    record.room,
    taken.roomRecord.stamp(
      [{ kind: 'version-saved', detail: { name, versionId: version.id } }],
      actor
    )
  )
  sendJson(response, 201, { version })
}

async function sendVersion(
  deps: RecordRouteDeps,
  response: ServerResponse,
  room: string,
  id: number
): Promise<void> {
  const info = await findVersion(deps, response, room, id)
  if (!info) return
  let content = await deps.store.readVersionContent(room, id)
  if (content === undefined) {
    const state = await readState(deps, response, room, id)
    if (!state) return
    const json = deps.renderVersion ? await deps.renderVersion(state) : renderVersion(state)
    content = new TextDecoder().decode(json)
    await deps.store.setVersionContent(room, id, content)
  }
  sendJson(response, 200, { version: info, ...(JSON.parse(content) as object) })
}

/** The version's listing, or undefined once a 404 was sent. */
async function findVersion(
  deps: RecordRouteDeps,
  response: ServerResponse,
  room: string,
  id: number
): Promise<VersionInfo | undefined> {
  const info = (await deps.store.listVersions(room)).find((version) => version.id === id)
  if (!info) sendError(response, 404, message('server.record.noSuchVersion'))
  return info
}

/** The version's stored state, or undefined once a 404 or a damaged row's 500 was sent. */
async function readState(
  deps: RecordRouteDeps,
  response: ServerResponse,
  room: string,
  id: number
): Promise<Uint8Array | undefined> {
  try {
    const state = await deps.store.readVersion(room, id)
    if (!state) sendError(response, 404, message('server.record.noSuchVersion'))
    return state
  } catch (error) {
    if (!(error instanceof DamagedVersionError)) throw error
    sendError(response, 500, {
      error: error.message,
      reason: message('server.record.damagedVersion', { id, room })
    })
    return undefined
  }
}

async function restore(
  deps: RecordRouteDeps,
  request: IncomingMessage,
  response: ServerResponse,
  record: RecordRequest,
  id: number
): Promise<void> {
  const fields = await readFields(request, response)
  if (!fields) return
  const info = await findVersion(deps, response, record.room, id)
  const state = info && (await readState(deps, response, record.room, id))
  if (!info || !state) return
  const actor = actorOf(record, fields)
  const version = new Y.Doc()
  Y.applyUpdateV2(version, state)
  const name = info.name ?? `${info.takenAt} (${info.reason})`
  try {
    const outcome = await withRoom(deps, record.room, async (room, roomRecord) => {
      // What is there now is kept too, so a restore can itself be undone.
      await (
        await roomRecord.saveVersion(room.doc, { reason: 'before-restore', takenBy: actor })
      ).stored
      const origin = { restore: id }
      return room.writeInSteps(
        // eslint-disable-next-line require-yield -- one step: restoring is one transaction
        function* (doc) {
          return restoreVersion(doc, version, origin)
        },
        origin,
        (summary) =>
          roomRecord.stamp(
            [{ kind: 'version-restored', detail: { name, versionId: id, ...summary } }],
            actor
          )
      )
    })
    if (outcome === undefined) return sendError(response, 503, message('server.room.unavailable'))
    if (outcome.outcome === 'overQuota') {
      return sendError(response, 413, message('server.room.fullShort'))
    }
    if (outcome.outcome !== 'applied') {
      return sendError(response, 500, message('server.room.restoreNotStored'))
    }
    sendJson(response, 200, { restored: info, changes: outcome.result })
  } finally {
    version.destroy()
  }
}

/** Runs `work` in the room's write order; undefined when the room is closed or damaged. */
async function withRoom<T>(
  deps: RecordRouteDeps,
  name: string,
  work: (room: Room, record: NonNullable<Room['record']>) => Promise<T>
): Promise<T | undefined> {
  const room = deps.registry.acquire(name)
  try {
    return await room.exclusive(async () => {
      const record = room.record
      if (room.isClosed || !record || room.damage.length > 0) return undefined
      return work(room, record)
    })
  } finally {
    deps.registry.release(room)
  }
}

function refuse(response: ServerResponse, allowed: string): void {
  sendError(response, 405, message('server.request.methodNotAllowed'), { Allow: allowed })
}
