/** `POST /api/rooms/ROOM/briefing`: imports a briefing's text into an empty room, once. */
import { UNKNOWN_REVIEWER } from './record/room-record'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { message } from '../src/core/i18n/message'
import { parseBriefing } from '../src/core/parse-briefing'
import { isValidRoomName } from '../src/core/room-name'
import { briefingTitle, seedBriefing } from './briefing-seed'
import { refused, sendError, sendJson, type Refused } from './http-response'
import { decodeUtf8, readUpload } from './request-body'
import type { RoomRegistry } from './room-registry'
import { damagedRoomMessage, roomFullMessage } from './room-refusals'

const ACCEPTED_TYPES = new Set(['text/plain', 'text/markdown'])

/** What the briefing route needs from the server. */
export interface BriefingRouteDeps {
  readonly registry: RoomRegistry
  readonly maxBriefingBytes: number
  readonly maxRoomBytes: number
  /** The current time as ISO 8601, injectable for tests. */
  readonly now?: () => string
  /** The member importing, for the activity log; undefined on an open server. */
  readonly actor?: string
}

/** The body's text, or a one-line reason why it is not acceptable. */
export function decodeBriefingText(bytes: Uint8Array): { text: string } | Refused {
  if (bytes.length === 0) return refused(message('server.request.empty'))
  if (bytes.includes(0)) return refused(message('server.request.binary'))
  const decoded = decodeUtf8(bytes)
  if ('error' in decoded) return decoded
  const { text } = decoded
  if (text.trim() === '') return refused(message('server.request.empty'))
  return { text }
}

/** Handles one briefing import for `room` (the raw path segment). */
export async function handleBriefingImport(
  deps: BriefingRouteDeps,
  room: string,
  request: IncomingMessage,
  response: ServerResponse
): Promise<void> {
  if (!isValidRoomName(room)) {
    return sendError(response, 400, message('server.room.invalidName'))
  }
  const bytes = await readUpload(request, response, {
    types: ACCEPTED_TYPES,
    wrongType: message('server.request.sendBriefing'),
    maxBytes: deps.maxBriefingBytes
  })
  if (bytes === undefined) return
  const decoded = decodeBriefingText(bytes)
  if ('error' in decoded) return sendError(response, 400, decoded)
  const briefing = parseBriefing(decoded.text)
  if (!briefing.blocks.some((block) => block.text.trim() !== '')) {
    return sendError(response, 400, message('server.room.briefingHasNoText'))
  }
  const meta = { title: briefingTitle(briefing), importedAt: (deps.now ?? isoNow)() }
  const target = deps.registry.acquire(room)
  try {
    const outcome = await seedBriefing(target, briefing, meta, deps.actor ?? UNKNOWN_REVIEWER)
    if (outcome === 'hasContent') {
      return sendError(response, 409, message('server.room.hasContent'))
    }
    if (outcome === 'damaged') return sendError(response, 409, damagedRoomMessage(target))
    if (outcome === 'overQuota') return sendError(response, 413, roomFullMessage(deps.maxRoomBytes))
    if (outcome === 'failed') {
      return sendError(response, 500, message('server.room.briefingNotStored'))
    }
    sendJson(response, 201, {
      room,
      blocks: briefing.blocks.length,
      sources: briefing.sources.length,
      rejected: briefing.rejected
    })
  } finally {
    deps.registry.release(target)
  }
}

function isoNow(): string {
  return new Date().toISOString()
}
