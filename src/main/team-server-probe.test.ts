import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { translator } from '../core/i18n/translator'
import type { ProbeFetch } from './team-server-probe'
import { probeTeamServer } from './team-server-probe'

const ORIGIN = 'http://newsroom.local:4567'

function answering(status: number, body: string): { fetchFn: ProbeFetch; urls: string[] } {
  const urls: string[] = []
  return {
    urls,
    fetchFn: (url) => {
      urls.push(url)
      return Promise.resolve(new Response(body, { status }))
    }
  }
}

describe('probeTeamServer', () => {
  it('accepts a server whose /healthz answers {"status":"ok"}', async () => {
    const { fetchFn, urls } = answering(200, '{"status":"ok","rooms":3}')
    await expect(probeTeamServer(fetchFn, ORIGIN)).resolves.toEqual({ ok: true })
    expect(urls).toEqual([`${ORIGIN}/healthz`])
  })

  it('refuses a server that answers but is not Claimdesk', async () => {
    const expected = {
      ok: false,
      message: `${ORIGIN} answered, but it is not a Claimdesk server.`
    }
    for (const [status, body] of [
      [404, 'not found'],
      [200, '<html>router login</html>'],
      [200, '{"status":"down"}'],
      [200, 'null'],
      [500, '{"status":"ok"}']
    ] as const) {
      await expect(probeTeamServer(answering(status, body).fetchFn, ORIGIN)).resolves.toEqual(
        expected
      )
    }
  })

  it('says when the server cannot be reached', async () => {
    const fetchFn: ProbeFetch = () => Promise.reject(new TypeError('fetch failed'))
    const result = await probeTeamServer(fetchFn, ORIGIN)
    expect(result).toEqual({
      ok: false,
      message: `${ORIGIN} is not reachable. Check the address and that the server is running and on your network.`
    })
  })

  it('gives up after the timeout', async () => {
    // Never answers on its own; only the probe's abort ends it.
    const fetchFn: ProbeFetch = (_url, { signal }) =>
      new Promise((_resolve, reject) =>
        signal.addEventListener('abort', () => reject(new Error('aborted')))
      )
    const result = await probeTeamServer(fetchFn, ORIGIN, 20)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(/did not answer within 0 s/)
  })

  it('works with the real fetch against a server that stalls', async () => {
    const server = createServer(() => undefined)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    try {
      const result = await probeTeamServer(fetch, `http://127.0.0.1:${port}`, 50)
      expect(result.ok).toBe(false)
    } finally {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  })
})

describe('probeTeamServer in German', () => {
  const german = translator('de')

  it('says in German that the server is not Claimdesk, unreachable or silent', async () => {
    await expect(
      probeTeamServer(answering(404, 'nope').fetchFn, ORIGIN, 1_000, german)
    ).resolves.toEqual({
      ok: false,
      message: `${ORIGIN} hat geantwortet, ist aber kein Claimdesk-Server.`
    })
    const unreachable: ProbeFetch = () => Promise.reject(new TypeError('fetch failed'))
    await expect(probeTeamServer(unreachable, ORIGIN, 1_000, german)).resolves.toEqual({
      ok: false,
      message: `${ORIGIN} ist nicht erreichbar. Prüfen Sie die Adresse und ob der Server läuft und in Ihrem Netzwerk erreichbar ist.`
    })
    const silent: ProbeFetch = (_url, { signal }) =>
      new Promise((_resolve, reject) =>
        signal.addEventListener('abort', () => reject(new Error('aborted')))
      )
    const result = await probeTeamServer(silent, ORIGIN, 20, german)
    if (!result.ok) expect(result.message).toMatch(/hat nicht innerhalb von 0 s geantwortet/)
    expect(result.ok).toBe(false)
  })
})
