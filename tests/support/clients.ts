/** Stock y-websocket clients and raw sockets in Node, connected to a test server. */
import { WebsocketProvider } from 'y-websocket'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { waitFor } from './wait-for'

/** A Yjs document synced by a stock WebsocketProvider. */
export interface TestClient {
  readonly doc: Y.Doc
  readonly provider: WebsocketProvider
  /** Resolves once the provider reports the first sync with the server. */
  synced(): Promise<void>
  destroy(): void
}

/**
 * A stock client for `room`. disableBc is required: Node has a global
 * BroadcastChannel, and clients in one process would otherwise sync
 * without the server.
 */
export function createClient(
  syncUrl: string,
  room: string,
  doc = new Y.Doc(),
  headers?: Readonly<Record<string, string>>
): TestClient {
  const provider = new WebsocketProvider(syncUrl, room, doc, {
    WebSocketPolyfill: (headers
      ? webSocketWithHeaders(headers)
      : WebSocket) as typeof globalThis.WebSocket,
    disableBc: true
  })
  return {
    doc,
    provider,
    synced: () => waitFor(() => provider.synced, `client of ${room} to sync`),
    destroy() {
      provider.destroy()
      doc.destroy()
    }
  }
}

/** A raw WebSocket with what it received and how it closed. */
export interface RawSocket {
  readonly socket: WebSocket
  readonly messages: Uint8Array[]
  /** Resolves with the close code once the socket has closed. */
  readonly closed: Promise<number>
  /** Resolves with the close reason once the socket has closed. */
  readonly closeReason: Promise<string>
}

/** The ws client class, sending `headers` (a session cookie, a token) with every upgrade. */
export function webSocketWithHeaders(headers: Readonly<Record<string, string>>): unknown {
  return class extends WebSocket {
    constructor(url: string | URL | null, protocols?: string | string[]) {
      super(url as string, protocols, { headers })
    }
  }
}

/** Opens a raw socket to `url` and waits until it is open. */
export async function openRawSocket(
  url: string,
  headers?: Readonly<Record<string, string>>
): Promise<RawSocket> {
  const socket = new WebSocket(url, { headers })
  const messages: Uint8Array[] = []
  socket.on('message', (data: Buffer) => messages.push(new Uint8Array(data)))
  socket.on('error', () => undefined)
  const closing = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once('close', (code, reason: Buffer) => resolve({ code, reason: reason.toString() }))
  )
  const closed = closing.then(({ code }) => code)
  const closeReason = closing.then(({ reason }) => reason)
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.once('unexpected-response', (_request, response) =>
      reject(new Error(`upgrade refused with ${response.statusCode}`))
    )
    socket.once('error', reject)
  })
  return { socket, messages, closed, closeReason }
}

/** The HTTP status with which an upgrade to `url` is refused (or 101 if it was accepted). */
export function upgradeStatus(
  url: string,
  headers?: Readonly<Record<string, string>>
): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers })
    socket.on('error', () => undefined)
    socket.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0)
      socket.terminate()
    })
    socket.once('open', () => {
      resolve(101)
      socket.close()
    })
    socket.once('close', () => reject(new Error('closed without a status')))
  })
}
