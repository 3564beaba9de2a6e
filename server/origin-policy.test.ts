import type { IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'
import { createOriginPolicy, hostName } from './origin-policy'

function request(headers: Record<string, string>): IncomingMessage {
  return { headers } as unknown as IncomingMessage
}

describe('origin policy', () => {
  const loopback = createOriginPolicy({ loopbackOnly: () => true })

  it('lets non-browser clients (no Origin) and the app served by this server through', () => {
    expect(loopback(request({ host: '127.0.0.1:1234' }))).toEqual({ ok: true })
    expect(loopback(request({ host: '127.0.0.1:1234', origin: 'http://127.0.0.1:1234' }))).toEqual({
      ok: true
    })
    expect(loopback(request({ host: 'localhost:1234', origin: 'http://localhost:1234' }))).toEqual({
      ok: true
    })
  })

  it('refuses pages from other sites, other ports and opaque origins', () => {
    for (const origin of ['https://evil.example', 'http://127.0.0.1:9999', 'null']) {
      expect(loopback(request({ host: '127.0.0.1:1234', origin }))).toMatchObject({
        ok: false,
        status: 403
      })
    }
  })

  it('refuses a non-loopback Host while listening on loopback only (DNS rebinding)', () => {
    const decision = loopback(
      request({ host: 'evil.example:1234', origin: 'http://evil.example:1234' })
    )
    expect(decision).toMatchObject({ ok: false, status: 421 })
  })

  it('accepts any Host when listening beyond loopback, and explicitly allowed origins', () => {
    const shared = createOriginPolicy({
      loopbackOnly: () => false,
      allowedOrigins: ['http://localhost:5173']
    })
    expect(shared(request({ host: 'desk.newsroom.lan:1234' }))).toEqual({ ok: true })
    expect(
      shared(request({ host: 'desk.newsroom.lan:1234', origin: 'http://localhost:5173' }))
    ).toEqual({ ok: true })
    expect(
      shared(request({ host: 'desk.newsroom.lan:1234', origin: 'http://other.lan' }))
    ).toMatchObject({ ok: false, status: 403 })
  })

  it('reads host names from Host headers', () => {
    expect(hostName('127.0.0.1:80')).toBe('127.0.0.1')
    expect(hostName('[::1]:1234')).toBe('[::1]')
    expect(hostName('LOCALHOST')).toBe('localhost')
  })
})
