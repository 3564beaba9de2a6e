/**
 * `POST /api/rooms/ROOM/annotations`: imports a W3C Web Annotation collection
 * (as Claimdesk exports it) into a room. The whole collection is checked before
 * anything is applied; what cannot be anchored in the room's text becomes a
 * detached claim and is reported, never dropped.
 */
import { UNKNOWN_REVIEWER } from './record/room-record'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { importWebAnnotationsSteps, type ImportReport } from '../src/collab/export/room-export'
import type { Result } from '../src/core/claims/result'
import { message } from '../src/core/i18n/message'
import { isValidRoomName } from '../src/core/room-name'
import { refused, sendError, sendJson, type Refused } from './http-response'
import { decodeUtf8, readUpload } from './request-body'
import type { Room } from './room'
import type { RoomRegistry } from './room-registry'
import { damagedRoomMessage, roomFullMessage } from './room-refusals'

const ACCEPTED_TYPES = new Set(['application/ld+json', 'application/json'])

/** What the annotations route needs from the server. */
export interface AnnotationsRouteDeps {
  readonly registry: RoomRegistry
  readonly maxImportBytes: number
  /** The member importing, for the activity log; undefined on an open server. */
  readonly actor?: string
  readonly maxRoomBytes: number
}

/** The body as JSON, or a one-line reason why it is not. */
export function decodeJsonBody(bytes: Uint8Array): { json: unknown } | Refused {
  if (bytes.length === 0) return refused(message('server.request.empty'))
  const decoded = decodeUtf8(bytes)
  if ('error' in decoded) return decoded
  try {
    return { json: JSON.parse(decoded.text) as unknown }
  } catch (error) {
    // The parser's own words are data: they name the position, for whoever fixes the file.
    const detail = error instanceof Error ? error.message : 'parse error'
    return refused(message('server.request.notJson', { detail }))
  }
}

/** Claims (then marks) written per transaction; the room stores them all or none. */
const IMPORT_TRANSACTION_SIZE = 100

/**
 * Imports straight into the room's document, in slices, inside the room's
 * queue: nothing is written before the whole collection was checked, and the
 * room stores all of it in one storage transaction before relaying any of it.
 */
function importIntoRoom(
  room: Room,
  json: unknown,
  actor: string
): Promise<Result<ImportReport> | 'failed' | 'damaged' | 'overQuota'> {
  return room.exclusive(async () => {
    if (room.isClosed) return 'failed' as const
    if (room.damage.length > 0) return 'damaged' as const
    const origin = 'import'
    const { result, outcome } = await room.writeInSteps(
      (doc) =>
        importWebAnnotationsSteps(doc, json, origin, { transactionSize: IMPORT_TRANSACTION_SIZE }),
      origin,
      (imported) =>
        imported.ok && room.record
          ? room.record.stamp(
              [
                {
                  kind: 'annotations-imported',
                  detail: {
                    created: imported.value.created,
                    unanchored: imported.value.unanchored.length
                  }
                }
              ],
              actor
            )
          : []
    )
    if (!result.ok) return result
    if (outcome === 'overQuota') return outcome
    return outcome === 'applied' ? result : ('failed' as const)
  })
}

/** Handles one annotation import for `room` (the raw path segment). */
export async function handleAnnotationsImport(
  deps: AnnotationsRouteDeps,
  room: string,
  request: IncomingMessage,
  response: ServerResponse
): Promise<void> {
  if (!isValidRoomName(room)) {
    return sendError(response, 400, message('server.room.invalidName'))
  }
  const bytes = await readUpload(request, response, {
    types: ACCEPTED_TYPES,
    wrongType: message('server.request.sendAnnotations'),
    maxBytes: deps.maxImportBytes
  })
  if (bytes === undefined) return
  const decoded = decodeJsonBody(bytes)
  if ('error' in decoded) return sendError(response, 400, decoded)
  const target = deps.registry.acquire(room)
  try {
    const result = await importIntoRoom(target, decoded.json, deps.actor ?? UNKNOWN_REVIEWER)
    if (result === 'failed') {
      return sendError(response, 500, message('server.room.importNotStored'))
    }
    if (result === 'damaged') return sendError(response, 409, damagedRoomMessage(target))
    if (result === 'overQuota') return sendError(response, 413, roomFullMessage(deps.maxRoomBytes))
    if (!result.ok) {
      return sendError(response, 400, { error: result.message, reason: result.reason })
    }
    sendJson(response, 200, { room, ...result.value })
  } finally {
    deps.registry.release(target)
  }
}
