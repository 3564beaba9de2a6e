import { describe, expect, it } from 'vitest'
import { syncUrlFor } from './room-connection'

describe('syncUrlFor', () => {
  it('turns an http origin into a ws sync URL', () => {
    expect(syncUrlFor('http://127.0.0.1:4321')).toBe('ws://127.0.0.1:4321/sync')
  })

  it('turns https into wss and ignores a trailing slash', () => {
    expect(syncUrlFor('https://claimdesk.example.org/')).toBe('wss://claimdesk.example.org/sync')
  })

  it('keeps a path prefix the server is mounted under', () => {
    expect(syncUrlFor('https://example.org/claimdesk/')).toBe('wss://example.org/claimdesk/sync')
  })

  it('drops query and fragment', () => {
    expect(syncUrlFor('http://localhost:5173/?room=a#x')).toBe('ws://localhost:5173/sync')
  })

  it('refuses other protocols', () => {
    expect(() => syncUrlFor('file:///tmp/index.html')).toThrow(/http/)
  })
})
