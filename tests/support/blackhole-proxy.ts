/**
 * A TCP proxy in front of the server that can swallow all traffic without closing anything:
 * what Chromium's offline mode does to an open WebSocket, reproduced for Node clients.
 */
import { createServer } from 'node:net'
import type { AddressInfo, Socket } from 'node:net'
import { connect } from 'node:net'

/** A running proxy. */
export interface BlackholeProxy {
  /** `http://127.0.0.1:PORT` of the proxy. */
  readonly url: string
  /** While true, bytes in either direction are dropped; sockets stay open. */
  swallow(on: boolean): void
  close(): Promise<void>
}

/** Proxies to `targetPort` on 127.0.0.1. */
export async function startBlackholeProxy(targetPort: number): Promise<BlackholeProxy> {
  let swallowing = false
  const sockets = new Set<Socket>()
  const pipe = (from: Socket, to: Socket): void => {
    from.on('data', (chunk) => {
      if (!swallowing) to.write(chunk)
    })
  }
  const server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1')
    for (const socket of [client, upstream]) {
      sockets.add(socket)
      socket.on('error', () => undefined)
      socket.on('close', () => {
        sockets.delete(socket)
        client.destroy()
        upstream.destroy()
      })
    }
    pipe(client, upstream)
    pipe(upstream, client)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    swallow: (on) => (swallowing = on),
    close() {
      sockets.forEach((socket) => socket.destroy())
      return new Promise((resolve) => server.close(() => resolve()))
    }
  }
}
