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
