import { describe, expect, it } from 'vitest'
import { normalizeReviewerName, reviewerColor } from './reviewer'

describe('normalizeReviewerName', () => {
  it('trims and collapses whitespace', () => {
    expect(normalizeReviewerName('  Ada \t Lovelace ')).toBe('Ada Lovelace')
  })

  it('strips control characters and refuses empty or overlong names', () => {
    expect(normalizeReviewerName('Bo\u0000b')).toBe('Bob')
    expect(normalizeReviewerName('   ')).toBeNull()
    expect(normalizeReviewerName('x'.repeat(65))).toBeNull()
  })
})

describe('reviewerColor', () => {
  it('gives the same name the same colour and spreads names over the palette', () => {
    expect(reviewerColor('Alice')).toBe(reviewerColor('Alice'))
    const colours = new Set(['Alice', 'Bob', 'Chen', 'Dana', 'Emre', 'Fatou'].map(reviewerColor))
    expect(colours.size).toBeGreaterThan(2)
    for (const colour of colours) expect(colour).toMatch(/^#[0-9a-f]{6}$/)
  })
})

describe('caret colours', () => {
  it('give white caret labels at least 4.5:1 contrast (WCAG AA) for any name', () => {
    const luminance = (hex: string): number => {
      const [r, g, b] = [1, 3, 5].map((at) => {
        const value = parseInt(hex.slice(at, at + 2), 16) / 255
        return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
      })
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)
    }
    const names = Array.from({ length: 200 }, (_, i) => `Reviewer ${i}`)
    for (const color of new Set(names.map(reviewerColor))) {
      expect(1.05 / (luminance(color) + 0.05), color).toBeGreaterThanOrEqual(4.5)
    }
  })
})
