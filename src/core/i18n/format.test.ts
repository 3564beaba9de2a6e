import { describe, expect, it } from 'vitest'
import { formatDateTime, formatNumber } from './format'

describe('format', () => {
  it('writes dates the way each language does', () => {
    const at = '2025-11-18T09:30:00Z'
    expect(formatDateTime(at, 'de', 'UTC')).toBe('18.11.2025, 09:30')
    expect(formatDateTime(at, 'en', 'UTC')).toBe('18 Nov 2025, 09:30')
    expect(formatDateTime('not a time', 'de')).toBe('not a time')
  })

  it('writes numbers the way each language does', () => {
    expect(formatNumber(1234.5, 'de')).toBe('1.234,5')
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5')
  })
})
