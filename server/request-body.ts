/** Reads a request body up to a byte limit, without buffering past it. */
import type { IncomingMessage } from 'node:http'

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
