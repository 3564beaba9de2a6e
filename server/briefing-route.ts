/** `POST /api/rooms/ROOM/briefing`: imports a briefing's text into an empty room, once. */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { parseBriefing } from '../src/core/parse-briefing'
import { isValidRoomName } from '../src/core/room-name'
import { briefingTitle, seedBriefing } from './briefing-seed'
import { sendError, sendJson } from './http-response'
import { readBody } from './request-body'
import type { RoomRegistry } from './room-registry'

const ACCEPTED_TYPES = new Set(['text/plain', 'text/markdown'])

/** What the briefing route needs from the server. */
export interface BriefingRouteDeps {
  readonly registry: RoomRegistry
  readonly maxBriefingBytes: number
  /** The current time as ISO 8601, injectable for tests. */
  readonly now?: () => string
}

/** The body's text, or a one-line reason why it is not acceptable. */
export function decodeBriefingText(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes.length === 0) return { error: 'body is empty' }
  if (bytes.includes(0)) return { error: 'body is binary (contains NUL bytes)' }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { error: 'body is not valid UTF-8 text' }
  }
  if (text.trim() === '') return { error: 'body is empty' }
  return { text }
}

function mediaType(request: IncomingMessage): string {
  return (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
}

/** Handles one briefing import for `room` (the raw path segment). */
export async function handleBriefingImport(
  deps: BriefingRouteDeps,
  room: string,
  request: IncomingMessage,
  response: ServerResponse
): Promise<void> {
  if (!isValidRoomName(room)) return sendError(response, 400, 'invalid room name')
  if (!ACCEPTED_TYPES.has(mediaType(request))) {
    return sendError(response, 415, 'send the briefing as text/plain or text/markdown')
  }
  const body = await readBody(request, deps.maxBriefingBytes)
  if (body.kind === 'tooLarge') {
    // The rest of the body is not read; closing the connection discards it.
    return sendError(response, 400, `body exceeds ${deps.maxBriefingBytes} bytes`, {
      Connection: 'close'
    })
  }
  const decoded = decodeBriefingText(body.bytes)
  if ('error' in decoded) return sendError(response, 400, decoded.error)
  const briefing = parseBriefing(decoded.text)
  if (!briefing.blocks.some((block) => block.text.trim() !== '')) {
    return sendError(response, 400, 'briefing has no text')
  }
  const meta = { title: briefingTitle(briefing), importedAt: (deps.now ?? isoNow)() }
  const target = deps.registry.acquire(room)
  try {
    const outcome = await seedBriefing(target, briefing, meta)
    if (outcome === 'hasContent') return sendError(response, 409, 'room already has content')
    if (outcome === 'failed') return sendError(response, 500, 'briefing could not be stored')
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
