import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS, resolveLimits } from './limits'

describe('resolveLimits', () => {
  it('defaults to 8 MiB frames and 2 MiB briefings', () => {
    expect(resolveLimits()).toEqual(DEFAULT_LIMITS)
    expect(DEFAULT_LIMITS.maxMessageBytes).toBe(8 * 1024 * 1024)
    expect(DEFAULT_LIMITS.maxBriefingBytes).toBe(2 * 1024 * 1024)
  })

  it('overrides only what is given', () => {
    const limits = resolveLimits({ maxMessageBytes: 1024 })
    expect(limits).toEqual({ ...DEFAULT_LIMITS, maxMessageBytes: 1024 })
  })

  it('ignores undefined values', () => {
    expect(resolveLimits({ idleUnloadMs: undefined })).toEqual(DEFAULT_LIMITS)
  })

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s', (value) => {
    expect(() => resolveLimits({ heartbeatMs: value })).toThrow(/heartbeatMs must be a positive/)
  })
})
