/**
 * Answers for requests Node's HTTP parser refuses, and the bookkeeping that
 * lets an answer already under way finish before the connection closes.
 * Without this a malformed request gets no answer at all, and a valid
 * request followed by garbage is carried out but its answer is lost.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { STATUS_CODES } from 'node:http'
import type { Duplex } from 'node:stream'
import { SECURITY_HEADERS } from './http-response'

/** Longest request target (path and query) the server reads; longer ones get 414. */
export const MAX_URL_LENGTH = 8 * 1024
/** Largest request head (request line and headers); larger ones get 431, or 414 for the line. */
export const MAX_HEADER_BYTES = 16 * 1024

/** Tracks the answer in progress on each connection, so a parse error waits for it. */
export class ResponsesInFlight {
  private readonly bySocket = new WeakMap<Duplex, ServerResponse>()

  /** Call for every request; forgets the response once it is done. */
  track(request: IncomingMessage, response: ServerResponse): void {
    const socket = request.socket
    this.bySocket.set(socket, response)
    response.once('close', () => {
      if (this.bySocket.get(socket) === response) this.bySocket.delete(socket)
    })
  }

  /** Handles Node's `clientError`: answers 400/408/414/431 or lets the current answer finish. */
  handleClientError(error: Error & { code?: string; rawPacket?: Buffer }, socket: Duplex): void {
    const inFlight = this.bySocket.get(socket)
    if (inFlight && !inFlight.writableFinished) {
      // Whatever followed the request is not carried out; its answer still goes out.
      inFlight.once('finish', () => socket.end())
      inFlight.once('close', () => socket.destroy())
      return
    }
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy()
      return
    }
    const status = statusFor(error)
    socket.end(rawResponse(status, describe(status)))
  }
}

function statusFor(error: { code?: string; rawPacket?: Buffer }): number {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    const packet = error.rawPacket ?? Buffer.alloc(0)
    const lineEnd = packet.indexOf('\r\n')
    return lineEnd === -1 || lineEnd > MAX_URL_LENGTH ? 414 : 431
  }
  return 400
}

function describe(status: number): string {
  switch (status) {
    case 408:
      return 'request timed out'
    case 414:
      return `request target longer than ${MAX_URL_LENGTH} bytes`
    case 431:
      return `request headers larger than ${MAX_HEADER_BYTES} bytes`
    default:
      return 'malformed HTTP request'
  }
}

/** A complete HTTP/1.1 error answer that closes the connection. */
export function rawResponse(status: number, reason: string): string {
  const body = JSON.stringify({ error: reason })
  const headers = {
    ...SECURITY_HEADERS,
    Connection: 'close',
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body))
  }
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')
  return `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\n${head}\r\n${body}`
}
