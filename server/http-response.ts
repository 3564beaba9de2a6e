/** Response helpers that give every HTTP answer the same security headers. */
import type { ServerResponse } from 'node:http'
import type { Message } from '../src/core/i18n/message'
import { english } from '../src/core/i18n/translator'

/** Headers sent with every HTTP response, including errors and refused upgrades. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; " +
    "base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer'
}

/** Sends `body` as JSON with `status`. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {}
): void {
  const text = JSON.stringify(body)
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers
  })
  response.end(text)
}

/**
 * An error answer's body: `error` in English, which scripts and logs read, and, for a refusal
 * a person may see, its `reason` as a message the app shows in the reader's language.
 */
export interface ErrorBody {
  readonly error: string
  readonly reason?: Message
}

/** A refusal a person may see, as decoders and checks return it: English and the message. */
export type Refused = Required<ErrorBody>

/** The refusal for `reason`, its English rendered from the catalogue. */
export function refused(reason: Message): Refused {
  return { error: english.text(reason), reason }
}

/**
 * The body of an error answer: for a message, its English and itself; a refusal as it is; a
 * string as English only (the admin channel, which only IT reads).
 */
export function errorBody(reason: string | Message | Refused): ErrorBody {
  if (typeof reason === 'string') return { error: reason }
  return 'error' in reason ? { error: reason.error, reason: reason.reason } : refused(reason)
}

/** Sends `{"error": english, "reason": message}` (or `{"error": text}` for a string) with `status`. */
export function sendError(
  response: ServerResponse,
  status: number,
  reason: string | Message | Refused,
  headers: Readonly<Record<string, string>> = {}
): void {
  sendJson(response, status, errorBody(reason), headers)
}
