import { describe, expect, it } from 'vitest'
import type { EmbeddedServer } from './embedded-server'
import {
  formatRememberedPort,
  parseRememberedPort,
  portOfUrl,
  startOnRememberedPort,
  type PortMemory
} from './server-port'

function memoryHolding(port: number | null): PortMemory & { written: number[] } {
  const written: number[] = []
  return { written, read: () => port, write: (value) => void written.push(value) }
}

const serverOn = (port: number): EmbeddedServer => ({
  url: `http://127.0.0.1:${port}/`,
  stop: () => Promise.resolve()
})

describe('remembered port file', () => {
  it('round-trips a port and refuses anything else', () => {
    expect(parseRememberedPort(formatRememberedPort(43123))).toBe(43123)
    for (const text of [null, '', '{', '{"port":"80"}', '{"port":80}', '{"port":70000}', '[]']) {
      expect(parseRememberedPort(text)).toBeNull()
    }
  })

  it('reads the port of a server URL', () => {
    expect(portOfUrl('http://127.0.0.1:5555/')).toBe(5555)
    expect(portOfUrl('not a url')).toBeNull()
  })
})

describe('startOnRememberedPort', () => {
  it('reuses the remembered port and writes nothing new', async () => {
    const memory = memoryHolding(40111)
    const asked: number[] = []
    const server = await startOnRememberedPort((port) => {
      asked.push(port)
      return Promise.resolve(serverOn(port))
    }, memory)
    expect(asked).toEqual([40111])
    expect(server.url).toBe('http://127.0.0.1:40111/')
    expect(memory.written).toEqual([])
  })

  it('falls back to a free port when the remembered one is taken, and remembers the new one', async () => {
    const memory = memoryHolding(40111)
    const fallbacks: string[] = []
    const server = await startOnRememberedPort(
      (port) =>
        port === 40111 ? Promise.reject(new Error('EADDRINUSE')) : Promise.resolve(serverOn(40222)),
      memory,
      (reason) => fallbacks.push(reason)
    )
    expect(server.url).toBe('http://127.0.0.1:40222/')
    expect(memory.written).toEqual([40222])
    expect(fallbacks[0]).toContain('port 40111 is not available')
  })

  it('starts on a free port the first time and remembers it', async () => {
    const memory = memoryHolding(null)
    const asked: number[] = []
    await startOnRememberedPort((port) => {
      asked.push(port)
      return Promise.resolve(serverOn(41000))
    }, memory)
    expect(asked).toEqual([0])
    expect(memory.written).toEqual([41000])
  })
})
