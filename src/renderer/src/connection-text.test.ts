import { describe, expect, it } from 'vitest'
import type { LocalStoreState } from '../../collab/room-connection'
import { translator, type Translator } from '../../core/i18n/translator'
import type { SyncFacts } from './connection-text'
import { connectionText, localStoreAlert } from './connection-text'

const NOW = 1_000_000
const online: SyncFacts = { link: 'online', reconnectAt: null, synced: true, pending: 0 }
const en = translator('en')
const de = translator('de')
const say = (state: SyncFacts, now = NOW): string => en.text(connectionText(state, now))
const alert = (state: LocalStoreState, tr: Translator = en): string | null => {
  const found = localStoreAlert(state)
  return found && tr.text(found)
}

describe('connectionText', () => {
  it('says online and synced only when synced with nothing pending', () => {
    expect(say(online)).toBe('Online · all changes synced')
    expect(say({ ...online, pending: 2 })).toBe('Syncing…')
    expect(say({ ...online, synced: false })).toBe('Syncing…')
  })

  it('says syncing while first connecting', () => {
    expect(say({ ...online, link: 'connecting', synced: false })).toBe('Syncing…')
  })

  it('counts the changes not yet synced while offline', () => {
    const offline: SyncFacts = { ...online, link: 'offline', synced: false }
    expect(say({ ...offline, pending: 0 })).toBe('Offline · all changes synced')
    expect(say({ ...offline, pending: 1 })).toBe('Offline · 1 change not yet synced')
    expect(say({ ...offline, pending: 12 })).toBe('Offline · 12 changes not yet synced')
  })

  it('counts down to the next reconnection attempt in whole seconds, rounding up', () => {
    const waiting: SyncFacts = { ...online, link: 'reconnecting', reconnectAt: NOW + 2_100 }
    expect(say(waiting)).toBe('Reconnecting in 3 s')
    expect(say(waiting, NOW + 2_000)).toBe('Reconnecting in 1 s')
    expect(say({ ...waiting, pending: 4 })).toBe('Reconnecting in 3 s · 4 changes not yet synced')
  })

  it('says reconnecting without a number while an attempt is under way', () => {
    const trying: SyncFacts = { ...online, link: 'reconnecting', reconnectAt: null }
    expect(say(trying)).toBe('Reconnecting…')
    expect(say({ ...trying, reconnectAt: NOW - 1 })).toBe('Reconnecting…')
    expect(say({ ...trying, pending: 1 })).toBe('Reconnecting… · 1 change not yet synced')
  })

  it('speaks German, counting in German', () => {
    const offline: SyncFacts = { ...online, link: 'offline', synced: false }
    expect(de.text(connectionText(online, NOW))).toBe('Online · alle Änderungen synchronisiert')
    expect(de.text(connectionText({ ...offline, pending: 1 }, NOW))).toBe(
      'Offline · 1 Änderung noch nicht synchronisiert'
    )
    expect(de.text(connectionText({ ...offline, pending: 3 }, NOW))).toBe(
      'Offline · 3 Änderungen noch nicht synchronisiert'
    )
    const waiting: SyncFacts = { ...online, link: 'reconnecting', reconnectAt: NOW + 2_100 }
    expect(de.text(connectionText({ ...waiting, pending: 2 }, NOW))).toBe(
      'Neuer Verbindungsversuch in 3 s · 2 Änderungen noch nicht synchronisiert'
    )
  })
})

describe('localStoreAlert', () => {
  it('is silent while the local copy is fine, loading or absent', () => {
    expect(alert({ kind: 'ok', unsaved: 2 })).toBeNull()
    expect(alert({ kind: 'loading' })).toBeNull()
    expect(alert({ kind: 'unavailable' })).toBeNull()
  })

  it('names the failure, and says whether the copy was rebuilt', () => {
    const failing = {
      kind: 'failed',
      message: 'QuotaExceededError: full',
      rebuilt: false,
      unsaved: 0
    } as const
    expect(alert(failing)).toMatch(/failed \(QuotaExceededError: full\).*rebuilding/)
    expect(alert({ ...failing, rebuilt: true })).toMatch(/was rebuilt/)
    expect(alert({ ...failing, rebuilt: true }, de)).toMatch(
      /\(QuotaExceededError: full\).*neu aufgebaut/
    )
  })
})
