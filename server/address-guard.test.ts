import { describe, expect, it } from 'vitest'
import { AddressGuard } from './address-guard'

const LIMITS = {
  maxConnectionsPerAddress: 2,
  maxRoomsPerAddressPerMinute: 3,
  offenderBackoffMs: 1_000
}

describe('AddressGuard', () => {
  it('counts open connections per address', () => {
    const guard = new AddressGuard(LIMITS, () => 0)
    guard.opened('a')
    guard.opened('a')
    expect(guard.refuseConnection('a', 'room')?.reason).toBe(
      'too many connections from this address (limit 2)'
    )
    expect(guard.refuseConnection('b', 'room')).toBeUndefined()
    guard.closed('a')
    expect(guard.refuseConnection('a', 'room')).toBeUndefined()
  })

  it('limits different rooms per minute, not repeats of one', () => {
    let now = 0
    const guard = new AddressGuard(LIMITS, () => now)
    for (const room of ['r1', 'r2', 'r3', 'r1', 'r2'])
      expect(guard.refuseRoom('a', room)).toBeUndefined()
    const refusal = guard.refuseRoom('a', 'r4')
    expect(refusal).toEqual({
      status: 429,
      reason: 'too many rooms opened from this address (limit 3 per minute)',
      retryAfterSeconds: 60
    })
    now = 60_000
    expect(guard.refuseRoom('a', 'r4')).toBeUndefined()
  })

  it('forgives a first bad update, then backs off doubling, at most five minutes', () => {
    let now = 0
    const guard = new AddressGuard(LIMITS, () => now)
    guard.offended('a')
    expect(guard.refuseConnection('a', 'room')).toBeUndefined()
    guard.offended('a')
    expect(guard.refuseConnection('a', 'room')?.retryAfterSeconds).toBe(1)
    now += 1_000
    expect(guard.refuseConnection('a', 'room')).toBeUndefined()
    guard.offended('a')
    expect(guard.refuseConnection('a', 'room')?.retryAfterSeconds).toBe(2)
    for (let i = 0; i < 20; i++) guard.offended('a')
    expect(guard.refuseConnection('a', 'room')?.retryAfterSeconds).toBe(300)
    // Ten quiet minutes later the slate is clean again.
    now += 20 * 60_000
    guard.offended('a')
    expect(guard.refuseConnection('a', 'room')).toBeUndefined()
  })
})
