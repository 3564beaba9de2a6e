// A web page on another site must not reach a reviewer's local server: WebSocket upgrades are not
// covered by the same-origin policy, and a text/plain POST needs no CORS preflight.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import type { TestServer } from '../support/test-server'
import { startTestServer } from '../support/test-server'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})

afterAll(async () => {
  await server.close()
})

/** The HTTP status an upgrade gets with these headers (101 when it is accepted). */
function upgradeWith(headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${server.syncUrl}/room-a`, { headers })
    socket.once('open', () => {
      socket.close()
      resolve(101)
    })
    socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0))
    socket.once('error', reject)
  })
}

describe('cross-site requests', () => {
  it('accepts upgrades from the app this server serves and from non-browser clients', async () => {
    expect(await upgradeWith({ Origin: server.url })).toBe(101)
    expect(await upgradeWith({})).toBe(101)
  })

  it('refuses upgrades from another site', async () => {
    expect(await upgradeWith({ Origin: 'https://evil.example' })).toBe(403)
  })

  it('refuses a foreign Host on a loopback server (DNS rebinding)', async () => {
    const port = new URL(server.url).port
    const status = await upgradeWith({
      Host: `evil.example:${port}`,
      Origin: `http://evil.example:${port}`
    })
    expect(status).toBe(421)
  })

  it('refuses a cross-site briefing import and seeds nothing', async () => {
    const post = (origin?: string) =>
      fetch(`${server.url}/api/rooms/cross-site/briefing`, {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain', ...(origin ? { Origin: origin } : {}) },
        body: 'A paragraph.'
      })
    const refused = await post('https://evil.example')
    expect(refused.status).toBe(403)
    expect(((await refused.json()) as { error: string }).error).toBe('cross-site request refused')
    // The room is still empty: the same import from a non-browser client succeeds.
    expect((await post()).status).toBe(201)
  })
})
