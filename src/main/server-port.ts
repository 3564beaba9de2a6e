// The desktop app keeps its embedded server on the same loopback port from one
// launch to the next: the page's origin includes the port, and the rooms'
// local copies (IndexedDB) and the service worker's cache belong to that origin.
// A new port on every launch would strand them and leave a trail of storage.
import type { EmbeddedServer } from './embedded-server'

/** Where the port is remembered; file access is injected so this stays testable. */
export interface PortMemory {
  read(): number | null
  write(port: number): void
}

/** A port from the remembered file's text, or null for anything that is not a usable port. */
export function parseRememberedPort(text: string | null): number | null {
  if (text === null) return null
  let value: unknown
  try {
    value = (JSON.parse(text) as { port?: unknown }).port
  } catch {
    return null
  }
  return typeof value === 'number' && Number.isInteger(value) && value >= 1024 && value <= 65535
    ? value
    : null
}

/** The file text that remembers `port`. */
export function formatRememberedPort(port: number): string {
  return `${JSON.stringify({ port })}\n`
}

/** The port of a server URL such as http://127.0.0.1:4321/, or null. */
export function portOfUrl(url: string): number | null {
  try {
    const port = Number(new URL(url).port)
    return Number.isInteger(port) && port > 0 ? port : null
  } catch {
    return null
  }
}

/**
 * Starts the server on the remembered port, or on a free one when there is none
 * or it is taken, and remembers the port it got.
 */
export async function startOnRememberedPort(
  start: (port: number) => Promise<EmbeddedServer>,
  memory: PortMemory,
  onFallback: (reason: string) => void = () => undefined
): Promise<EmbeddedServer> {
  const remembered = memory.read()
  let server: EmbeddedServer | null = null
  if (remembered !== null) {
    server = await start(remembered).catch((error: unknown) => {
      onFallback(`port ${remembered} is not available (${String(error)}); using a free port`)
      return null
    })
  }
  server ??= await start(0)
  const port = portOfUrl(server.url)
  if (port !== null && port !== remembered) memory.write(port)
  return server
}
