/** Reads a request body up to a byte limit, without buffering past it, and says what it is. */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Message } from '../src/core/i18n/message'
import { message } from '../src/core/i18n/message'
import { refused, sendError, type Refused } from './http-response'

/** The body's bytes, or `tooLarge` once more than `maxBytes` arrived (reading stops there). */
export type BodyResult =
  { readonly kind: 'ok'; readonly bytes: Buffer } | { readonly kind: 'tooLarge' }

/** Reads `request` until its end or until it exceeds `maxBytes`. */
export function readBody(request: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  const declared = Number(request.headers['content-length'])
  if (Number.isFinite(declared) && declared > maxBytes) {
    return Promise.resolve({ kind: 'tooLarge' })
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const handleData = (chunk: Buffer): void => {
      size += chunk.length
      if (size > maxBytes) {
        request.off('data', handleData)
        request.pause()
        resolve({ kind: 'tooLarge' })
        return
      }
      chunks.push(chunk)
    }
    request.on('data', handleData)
    request.once('end', () => resolve({ kind: 'ok', bytes: Buffer.concat(chunks) }))
    request.once('error', reject)
  })
}

/** What a route accepts as an upload. */
export interface UploadRules {
  /** Media types the body may have, lower-case and without parameters. */
  readonly types: ReadonlySet<string>
  /** The 415 message for any other media type (a string for the admin channel's IT only). */
  readonly wrongType: string | Message
  readonly maxBytes: number
}

/**
 * The upload's bytes once its media type and size pass `rules`; undefined once a 415 or 400
 * has been sent instead.
 */
export async function readUpload(
  request: IncomingMessage,
  response: ServerResponse,
  rules: UploadRules
): Promise<Buffer | undefined> {
  if (!rules.types.has(mediaType(request))) {
    sendError(response, 415, rules.wrongType)
    return undefined
  }
  const body = await readBody(request, rules.maxBytes)
  if (body.kind === 'ok') return body.bytes
  // The rest of the body is not read; closing the connection discards it.
  sendError(response, 400, message('server.request.tooLarge', { max: rules.maxBytes }), {
    Connection: 'close'
  })
  return undefined
}

/** The request's media type, lower-cased and without parameters such as `charset`. */
export function mediaType(request: IncomingMessage): string {
  return (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
}

/** The body as strictly decoded UTF-8 text, or the reason it is not. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | Refused {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    return refused(message('server.request.notUtf8'))
  }
}
