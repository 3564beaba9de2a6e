import { describe, expect, it } from 'vitest'
import { backoffDelayMs } from './sync-link'

describe('backoffDelayMs', () => {
  it('doubles from 200 ms like y-websocket and stops at the maximum', () => {
    expect(backoffDelayMs(1, 5_000)).toBe(200)
    expect(backoffDelayMs(3, 5_000)).toBe(800)
    expect(backoffDelayMs(10, 5_000)).toBe(5_000)
  })
})
