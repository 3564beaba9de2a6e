import { describe, expect, it } from 'vitest'
import type { SyncFacts } from './connection-text'
import { connectionText, localStoreAlert } from './connection-text'

const NOW = 1_000_000
const online: SyncFacts = { link: 'online', reconnectAt: null, synced: true, pending: 0 }

describe('connectionText', () => {
  it('says online and synced only when synced with nothing pending', () => {
    expect(connectionText(online, NOW)).toBe('Online · all changes synced')
    expect(connectionText({ ...online, pending: 2 }, NOW)).toBe('Syncing…')
    expect(connectionText({ ...online, synced: false }, NOW)).toBe('Syncing…')
  })

  it('says syncing while first connecting', () => {
    expect(connectionText({ ...online, link: 'connecting', synced: false }, NOW)).toBe('Syncing…')
  })

  it('counts the changes not yet synced while offline', () => {
    const offline: SyncFacts = { ...online, link: 'offline', synced: false }
    expect(connectionText({ ...offline, pending: 0 }, NOW)).toBe('Offline · all changes synced')
    expect(connectionText({ ...offline, pending: 1 }, NOW)).toBe(
      'Offline · 1 change not yet synced'
    )
    expect(connectionText({ ...offline, pending: 12 }, NOW)).toBe(
      'Offline · 12 changes not yet synced'
    )
  })

  it('counts down to the next reconnection attempt in whole seconds, rounding up', () => {
    const waiting: SyncFacts = { ...online, link: 'reconnecting', reconnectAt: NOW + 2_100 }
    expect(connectionText(waiting, NOW)).toBe('Reconnecting in 3 s')
    expect(connectionText(waiting, NOW + 2_000)).toBe('Reconnecting in 1 s')
    expect(connectionText({ ...waiting, pending: 4 }, NOW)).toBe(
      'Reconnecting in 3 s · 4 changes not yet synced'
    )
  })

  it('says reconnecting without a number while an attempt is under way', () => {
    const trying: SyncFacts = { ...online, link: 'reconnecting', reconnectAt: null }
    expect(connectionText(trying, NOW)).toBe('Reconnecting…')
    expect(connectionText({ ...trying, reconnectAt: NOW - 1 }, NOW)).toBe('Reconnecting…')
  })
})

describe('localStoreAlert', () => {
  it('is silent while the local copy is fine, loading or absent', () => {
    expect(localStoreAlert({ kind: 'ok', unsaved: 2 })).toBeNull()
    expect(localStoreAlert({ kind: 'loading' })).toBeNull()
    expect(localStoreAlert({ kind: 'unavailable' })).toBeNull()
  })

  it('names the failure, and says whether the copy was rebuilt', () => {
    const failing = {
      kind: 'failed',
      message: 'QuotaExceededError: full',
      rebuilt: false,
      unsaved: 0
    } as const
    expect(localStoreAlert(failing)).toMatch(/failed \(QuotaExceededError: full\).*rebuilding/)
    expect(localStoreAlert({ ...failing, rebuilt: true })).toMatch(/was rebuilt/)
  })
})
