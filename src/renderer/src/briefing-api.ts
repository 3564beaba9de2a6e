/** The server's HTTP API for seeding a room with a briefing. Rooms are seeded only there. */
import type { RejectedSourceLine } from '../../core/briefing'
import { message, type Message } from '../../core/i18n/message'
import { refusalOf } from './account-api'

/** The outcome of seeding a room, as the start screen reports it. */
export type SeedResult =
  | { readonly kind: 'created'; readonly rejected: readonly RejectedSourceLine[] }
  | { readonly kind: 'exists'; readonly reason: Message }
  | { readonly kind: 'error'; readonly reason: Message }

/** POSTs a briefing's text to a new room. Never throws: network failures become an error result. */
export async function seedRoom(
  fetchFn: typeof fetch,
  serverUrl: string,
  room: string,
  text: string
): Promise<SeedResult> {
  const url = new URL(`/api/rooms/${encodeURIComponent(room)}/briefing`, serverUrl)
  let response: Response
  try {
    response = await fetchFn(url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: text
    })
  } catch {
    return { kind: 'error', reason: message('server.client.unreachable') }
  }
  const body = await readJson(response)
  if (response.status === 201) return { kind: 'created', rejected: rejectedLines(body) }
  const reason = refusalOf(body, response.status)
  return response.status === 409 ? { kind: 'exists', reason } : { kind: 'error', reason }
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown
  } catch {
    return null
  }
}

function rejectedLines(body: unknown): RejectedSourceLine[] {
  if (typeof body !== 'object' || body === null || !('rejected' in body)) return []
  if (!Array.isArray(body.rejected)) return []
  return body.rejected.filter(isRejectedLine)
}

function isRejectedLine(value: unknown): value is RejectedSourceLine {
  if (typeof value !== 'object' || value === null) return false
  const line = value as Record<string, unknown>
  return (
    typeof line['line'] === 'number' &&
    typeof line['text'] === 'string' &&
    typeof line['reason'] === 'string'
  )
}
