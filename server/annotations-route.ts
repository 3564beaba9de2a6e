/**
 * `POST /api/rooms/ROOM/annotations`: imports a W3C Web Annotation collection
 * (as Claimdesk exports it) into a room. The whole collection is checked before
 * anything is applied; what cannot be anchored in the room's text becomes a
 * detached claim and is reported, never dropped.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import * as Y from 'yjs'
import { importWebAnnotationsSteps, type ImportReport } from '../src/collab/export/room-export'
import type { Result } from '../src/core/claims/result'
import { isValidRoomName } from '../src/core/room-name'
import { sendError, sendJson } from './http-response'
import { decodeUtf8, readUpload } from './request-body'
import type { Room } from './room'
import type { RoomRegistry } from './room-registry'
import { damagedRoomMessage, roomFullMessage } from './room-refusals'

const ACCEPTED_TYPES = new Set(['application/ld+json', 'application/json'])

/** What the annotations route needs from the server. */
export interface AnnotationsRouteDeps {
  readonly registry: RoomRegistry
  readonly maxImportBytes: number
  readonly maxRoomBytes: number
}

/** The body as JSON, or a one-line reason why it is not. */
export function decodeJsonBody(bytes: Uint8Array): { json: unknown } | { error: string } {
  if (bytes.length === 0) return { error: 'body is empty' }
  const decoded = decodeUtf8(bytes)
  if ('error' in decoded) return decoded
  try {
    return { json: JSON.parse(decoded.text) as unknown }
  } catch (error) {
    return { error: `body is not JSON (${error instanceof Error ? error.message : 'parse error'})` }
  }
}

/**
 * Imports into a scratch copy of the room first: a refused collection leaves
 * the room untouched, and an accepted one is stored, applied and broadcast as
 * one update, like any reviewer's edit.
 */
function importIntoRoom(
  room: Room,
  json: unknown
): Promise<Result<ImportReport> | 'failed' | 'damaged' | 'overQuota'> {
  return room.exclusive(async () => {
    if (room.isClosed) return 'failed' as const
    if (room.damage.length > 0) return 'damaged' as const
    const scratch = new Y.Doc()
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(room.doc))
    const before = Y.encodeStateVector(scratch)
    // The scratch copy is this import's alone, so it may be worked on across turns of the loop.
    const report = await runInSlices(importWebAnnotationsSteps(scratch, json, 'import'))
    const update = Y.encodeStateAsUpdate(scratch, before)
    scratch.destroy()
    if (!report.ok) return report
    const outcome = await room.storeAndApply(update, 'import')
    if (outcome === 'overQuota') return outcome
    return outcome === 'applied' ? report : ('failed' as const)
  })
}

/** Longest stretch of import work between two turns of the event loop. */
const SLICE_MS = 10

/** Runs `steps` to the end, letting other rooms' work in after every SLICE_MS of it. */
export async function runInSlices<T>(steps: Generator<void, T>): Promise<T> {
  let sliceStart = performance.now()
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
    if (performance.now() - sliceStart >= SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve))
      sliceStart = performance.now()
    }
  }
}

/** Handles one annotation import for `room` (the raw path segment). */
export async function handleAnnotationsImport(
  deps: AnnotationsRouteDeps,
  room: string,
  request: IncomingMessage,
  response: ServerResponse
): Promise<void> {
  if (!isValidRoomName(room)) return sendError(response, 400, 'invalid room name')
  const bytes = await readUpload(request, response, {
    types: ACCEPTED_TYPES,
    wrongType: 'send the collection as application/ld+json',
    maxBytes: deps.maxImportBytes
  })
  if (bytes === undefined) return
  const decoded = decodeJsonBody(bytes)
  if ('error' in decoded) return sendError(response, 400, decoded.error)
  const target = deps.registry.acquire(room)
  try {
    const result = await importIntoRoom(target, decoded.json)
    if (result === 'failed') return sendError(response, 500, 'the import could not be stored')
    if (result === 'damaged') return sendError(response, 409, damagedRoomMessage(target))
    if (result === 'overQuota') return sendError(response, 413, roomFullMessage(deps.maxRoomBytes))
    if (!result.ok) return sendError(response, 400, result.message)
    sendJson(response, 200, { room, ...result.value })
  } finally {
    deps.registry.release(target)
  }
}
