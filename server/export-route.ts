/**
 * `GET /api/rooms/ROOM/export?format=md|html|docx|json[&require=verified]`: the room's export,
 * read through the registry so it sees exactly what is stored and loaded.
 *
 * Status codes: 400 bad room name, unknown format or unknown `require`; 404 a room nothing was
 * ever written to; 422 a room that exists but holds no text (the request is fine, the room
 * cannot be exported yet); 409 with `openChecks` when `require=verified` and checks are open;
 * 503 when the room is being unloaded.
 */
import type { ServerResponse } from 'node:http'
import * as Y from 'yjs'
import { buildExportInput } from '../src/collab/export/room-export'
import type { ExportInput } from '../src/core/export/export-input'
import { exportDocx } from '../src/core/export/docx'
import { exportHtml } from '../src/core/export/html'
import { exportMarkdown } from '../src/core/export/markdown'
import { openChecks } from '../src/core/export/open-checks'
import { exportWebAnnotations } from '../src/core/export/web-annotations'
import { isValidRoomName } from '../src/core/room-name'
import { SECURITY_HEADERS, sendError, sendJson } from './http-response'
import type { RoomRegistry } from './room-registry'

/** What the export route needs from the server. */
export interface ExportRouteDeps {
  readonly registry: RoomRegistry
  /** The current time as ISO 8601, injectable for tests. */
  readonly now?: () => string
  /** Shown in the export; the composition root knows it, this module does not read it. */
  readonly appVersion?: string
}

interface ExportFormat {
  readonly extension: string
  readonly contentType: string
  readonly render: (input: ExportInput) => string | Uint8Array
}

const FORMATS: Readonly<Record<string, ExportFormat>> = {
  md: { extension: 'md', contentType: 'text/markdown; charset=utf-8', render: exportMarkdown },
  html: { extension: 'html', contentType: 'text/html; charset=utf-8', render: exportHtml },
  docx: {
    extension: 'docx',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    render: exportDocx
  },
  json: {
    extension: 'jsonld',
    contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
    render: (input) => `${JSON.stringify(exportWebAnnotations(input), null, 2)}\n`
  }
}

/** Handles one export request for `room` (the raw path segment) with the request's query. */
export async function handleRoomExport(
  deps: ExportRouteDeps,
  room: string,
  query: URLSearchParams,
  response: ServerResponse
): Promise<void> {
  if (!isValidRoomName(room)) return sendError(response, 400, 'invalid room name')
  const format = FORMATS[query.get('format') ?? '']
  if (!format)
    return sendError(response, 400, `format must be one of: ${Object.keys(FORMATS).join(', ')}`)
  const requirement = query.get('require')
  if (requirement !== null && requirement !== 'verified') {
    return sendError(response, 400, 'require can only be "verified"')
  }
  const target = deps.registry.acquire(room)
  try {
    // In the room's queue: after loading and after every write already accepted.
    const outcome = await target.exclusive(() => {
      if (target.isClosed) return { kind: 'closed' } as const
      if (Y.encodeStateVector(target.doc).length <= 1) return { kind: 'unknown' } as const
      const meta = { room, exportedAt: (deps.now ?? isoNow)(), appVersion: deps.appVersion ?? '' }
      return { kind: 'read', input: buildExportInput(target.doc, meta) } as const
    })
    if (outcome.kind === 'closed') return sendError(response, 503, 'room is closing; try again')
    if (outcome.kind === 'unknown') return sendError(response, 404, 'no such room')
    if (!outcome.input.ok) return sendError(response, 422, outcome.input.message)
    const input = outcome.input.value
    const checks = openChecks(input)
    if (requirement === 'verified' && checks.length > 0) {
      return sendJson(response, 409, {
        error: `${checks.length} open check${checks.length === 1 ? '' : 's'}; the briefing is not verified`,
        openChecks: checks
      })
    }
    sendFile(response, format, room, input)
  } finally {
    deps.registry.release(target)
  }
}

function sendFile(
  response: ServerResponse,
  format: ExportFormat,
  room: string,
  input: ExportInput
): void {
  const rendered = format.render(input)
  const body = typeof rendered === 'string' ? Buffer.from(rendered, 'utf8') : Buffer.from(rendered)
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': format.contentType,
    'Content-Length': body.length,
    // Room names are letters, digits, '.', '_' and '-', so the name needs no further quoting.
    'Content-Disposition': `attachment; filename="${room}.${format.extension}"`,
    'Cache-Control': 'no-store'
  })
  response.end(body)
}

function isoNow(): string {
  return new Date().toISOString()
}
