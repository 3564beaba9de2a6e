import { describe, expect, it } from 'vitest'
import { SyncExtensionType, wantsAcks } from './sync-extensions'

describe('wantsAcks', () => {
  it('is true only for the acks parameter with the supported version', () => {
    expect(wantsAcks('/sync/room?acks=1')).toBe(true)
    expect(wantsAcks('/sync/room?x=2&acks=1')).toBe(true)
    expect(wantsAcks('/sync/room')).toBe(false)
    expect(wantsAcks('/sync/room?acks=2')).toBe(false)
    expect(wantsAcks(undefined)).toBe(false)
  })
})

describe('SyncExtensionType', () => {
  it('uses no type that stock y-websocket handles (0 to 3)', () => {
    for (const type of Object.values(SyncExtensionType)) expect(type).toBeGreaterThan(3)
  })
})
