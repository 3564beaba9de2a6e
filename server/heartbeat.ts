/** Pings every socket on an interval and terminates those that missed the last pong. */
import type { WebSocket, WebSocketServer } from 'ws'

/** Starts the heartbeat for all of `server`'s clients; returns its stop function. */
export function startHeartbeat(server: WebSocketServer, intervalMs: number): () => void {
  const alive = new WeakMap<WebSocket, boolean>()
  const track = (socket: WebSocket): void => {
    alive.set(socket, true)
    socket.on('pong', () => alive.set(socket, true))
  }
  server.on('connection', track)
  const timer = setInterval(() => {
    for (const socket of server.clients) {
      if (alive.get(socket) === false) {
        socket.terminate()
        continue
      }
      alive.set(socket, false)
      try {
        socket.ping()
      } catch {
        socket.terminate()
      }
    }
  }, intervalMs)
  timer.unref()
  return () => {
    clearInterval(timer)
    server.off('connection', track)
  }
}
