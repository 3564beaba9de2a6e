/**
 * `GET /api/rooms/ROOM/export?format=md|html|docx|json|claimreview[&require=verified]
 * [&accept-open=true][&lang=en|de]`: the room's export, read through the registry so it sees
 * exactly what is stored and loaded. Its fixed words are in `lang`, or in the briefing's own
 * language when `lang` is absent.
 *
 * Status codes: 400 bad room name, unknown format, unknown `require`, `accept-open` or `lang`;
 * 404 a room nothing was ever written to; 422 a room that exists but holds no text, or
 * (ClaimReview) has no published article set (the request is fine, the room cannot be exported
 * yet); 409 with `openChecks` when `require=verified` and checks are open, or (ClaimReview,
 * whose file cannot carry the gate) when claims without a final verdict would be left out and
 * `accept-open=true` is not given; 501 ClaimReview on a server without `--org-name` and
 * `--org-url`; 503 when the room is being unloaded. Rendering runs in a worker thread.
 */
import type { ReviewRules } from '../src/core/claims/second-check'
import type { ServerResponse } from 'node:http'
import * as Y from 'yjs'
import { isValidRoomName } from '../src/core/room-name'
import { isLocale, LOCALES } from '../src/core/i18n/locale'
import { message } from '../src/core/i18n/message'
import { english } from '../src/core/i18n/translator'
import type { Publisher } from './claim-review-render'
import { EXPORT_FORMATS, type ExportFormatName } from './export-render'
import type { ExportRunner } from './export-workers'
import { SECURITY_HEADERS, sendError, sendJson } from './http-response'
import type { RoomRegistry } from './room-registry'
import type { RoomStorage } from './storage/room-storage'

/** What the export route needs from the server. */
export interface ExportRouteDeps {
  readonly registry: RoomRegistry
  readonly storage: RoomStorage
  /** Renders off the event loop (export-workers.ts). */
  readonly exports: ExportRunner
  /** The current time as ISO 8601, injectable for tests. */
  readonly now?: () => string
  /** Shown in the export; the composition root knows it, this module does not read it. */
  readonly appVersion?: string
  /** The server's review rules for rooms that set none. */
  readonly defaultRules?: ReviewRules
  /** The newsroom named in ClaimReview exports; without it that format is not offered. */
  readonly publisher?: Publisher
}

function isFormat(value: string | null): value is ExportFormatName {
  return value !== null && Object.hasOwn(EXPORT_FORMATS, value)
}

/** Handles one export request for `room` (the raw path segment) with the request's query. */
export async function handleRoomExport(
  deps: ExportRouteDeps,
  room: string,
  query: URLSearchParams,
  response: ServerResponse
): Promise<void> {
  if (!isValidRoomName(room)) return sendError(response, 400, message('server.room.invalidName'))
  const format = query.get('format')
  if (!isFormat(format)) {
    const formats = Object.keys(EXPORT_FORMATS).join(', ')
    return sendError(response, 400, message('server.export.format', { formats }))
  }
  const requirement = query.get('require')
  if (requirement !== null && requirement !== 'verified') {
    return sendError(response, 400, message('server.export.require'))
  }
  const acceptOpen = query.get('accept-open')
  if (acceptOpen !== null && acceptOpen !== 'true') {
    return sendError(response, 400, message('server.export.acceptOpen'))
  }
  // The language of the export's fixed words; without `lang`, the briefing's own.
  const lang = query.get('lang')
  if (lang !== null && !isLocale(lang)) {
    return sendError(
      response,
      400,
      message('server.export.lang', { languages: LOCALES.join(', ') })
    )
  }
  if (format === 'claimreview' && !deps.publisher) {
    return sendError(response, 501, message('claimReview.export.noPublisher'))
  }
  const target = deps.registry.acquire(room)
  try {
    // In the room's queue, after loading and after every write already accepted. There the
    // stored rows are exactly the document (every write is stored before anyone may look), so
    // the worker rebuilds the room from them instead of the loop encoding the whole document.
    const read = await target.exclusive(async () => {
      if (target.isClosed) return { kind: 'closed' } as const
      if (Y.encodeStateVector(target.doc).length <= 1) return { kind: 'unknown' } as const
      const rows = (await deps.storage.loadUpdates(room)).map((row) => row.update)
      return { kind: 'read', rows } as const
    })
    if (read.kind === 'closed') return sendError(response, 503, message('server.export.closing'))
    if (read.kind === 'unknown') return sendError(response, 404, message('server.room.noSuchRoom'))
    const meta = {
      room,
      exportedAt: (deps.now ?? isoNow)(),
      appVersion: deps.appVersion ?? '',
      defaultRules: deps.defaultRules,
      ...(lang === null ? {} : { locale: lang })
    }
    const outcome = await deps.exports.run({
      rows: read.rows,
      meta,
      format,
      requireVerified: requirement === 'verified',
      publisher: deps.publisher,
      acceptOpen: acceptOpen === 'true'
    })
    if (outcome.kind === 'notExportable') return sendError(response, 422, outcome.reason)
    if (outcome.kind === 'openChecks') {
      const reason = message('server.export.openChecks', { count: outcome.openChecks.length })
      return sendJson(response, 409, {
        error: english.text(reason),
        reason,
        openChecks: outcome.openChecks
      })
    }
    if (outcome.kind === 'leftOut') {
      const reason = message('claimReview.export.leftOut', { count: outcome.openChecks.length })
      return sendJson(response, 409, {
        error: english.text(reason),
        reason,
        openChecks: outcome.openChecks
      })
    }
    sendFile(response, format, room, outcome.body)
  } finally {
    deps.registry.release(target)
  }
}

function sendFile(
  response: ServerResponse,
  format: ExportFormatName,
  room: string,
  body: Uint8Array
): void {
  const { contentType, extension } = EXPORT_FORMATS[format]
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': contentType,
    'Content-Length': body.length,
    // Room names are letters, digits, '.', '_' and '-', so the name needs no further quoting.
    'Content-Disposition': `attachment; filename="${room}.${extension}"`,
    'Cache-Control': 'no-store'
  })
  response.end(body)
}

function isoNow(): string {
  return new Date().toISOString()
}
