/**
 * Export… → ClaimReview (JSON-LD). Unlike the other formats it is not rendered from the live
 * room: it names the newsroom, which only the server knows (`--org-name`, `--org-url`), so the
 * server's export route makes it from the room as the server keeps it. The dialog has shown the
 * claims it leaves out, so the request accepts them (`accept-open=true`).
 */
import { message, type Message } from '../../../core/i18n/message'
import type { Locale } from '../../../core/i18n/locale'
import { refusalOf } from '../account-api'
import type { ExportOutcome, Platform } from '../platform/platform'
import { exportFileName } from './export-formats'

/** What is saved: JSON-LD for the article's page. */
export const CLAIM_REVIEW_MIME_TYPE = 'application/ld+json'

/** The file, or why the server would not make it, as a message in the reader's language. */
export type ClaimReviewFile =
  | { readonly ok: true; readonly data: Uint8Array }
  | { readonly ok: false; readonly reason: Message }

/** Asks the server for the room's ClaimReview file in `locale`. */
export async function fetchClaimReview(
  fetchFn: typeof fetch,
  serverUrl: string,
  room: string,
  locale: Locale
): Promise<ClaimReviewFile> {
  const url = new URL(`/api/rooms/${encodeURIComponent(room)}/export`, serverUrl)
  url.search = new URLSearchParams({
    format: 'claimreview',
    lang: locale,
    'accept-open': 'true'
  }).toString()
  let response: Response
  try {
    response = await fetchFn(url, { credentials: 'include' })
  } catch {
    return { ok: false, reason: message('server.client.unreachable') }
  }
  if (response.ok) return { ok: true, data: new Uint8Array(await response.arrayBuffer()) }
  const body: unknown = await response.json().catch(() => null)
  return { ok: false, reason: refusalOf(body, response.status) }
}

/** Fetches the room's ClaimReview file and hands it to the host to save. */
export async function exportClaimReviewFile(
  request: { fetchFn: typeof fetch; serverUrl: string; room: string; locale: Locale; now: string },
  platform: Pick<Platform, 'saveExport'>
): Promise<
  | { readonly ok: true; readonly outcome: ExportOutcome; readonly fileName: string }
  | { readonly ok: false; readonly reason: Message }
> {
  const file = await fetchClaimReview(
    request.fetchFn,
    request.serverUrl,
    request.room,
    request.locale
  )
  if (!file.ok) return file
  // ROOM-YYYY-MM-DD.claimreview.jsonld, beside the Web Annotation file of the same day.
  const fileName = exportFileName(request.room, 'jsonld', request.now).replace(
    /\.jsonld$/,
    '.claimreview.jsonld'
  )
  const outcome = await platform.saveExport({
    fileName,
    mimeType: CLAIM_REVIEW_MIME_TYPE,
    data: file.data
  })
  return { ok: true, outcome, fileName }
}
