import { describe, expect, it } from 'vitest'
import { codePointIndex, codePointLength, sliceCodePoints } from './plain-text'

// Emoji (surrogate pairs), a combining accent, and lone surrogates at either end.
const SAMPLES = ['', 'plain', 'Café 😀 up 👍🏽!', '\uD83D tail', 'head \uDE00', '😀\uD83D\uD83D😀']

describe('codePointIndex', () => {
  it('slices, measures and reads code points as Array.from does', () => {
    for (const text of SAMPLES) {
      const chars = Array.from(text)
      const index = codePointIndex(text)
      expect(index.length).toBe(chars.length)
      expect(codePointLength(text)).toBe(chars.length)
      for (let start = -3; start <= chars.length + 2; start++) {
        expect(index.at(start)).toBe(chars[start] ?? '')
        for (let end = -3; end <= chars.length + 2; end++) {
          expect(index.slice(start, end)).toBe(chars.slice(start, end).join(''))
          expect(sliceCodePoints(text, start, end)).toBe(chars.slice(start, end).join(''))
        }
      }
    }
  })

  it('counts the code points before a UTF-16 index, even one inside a pair', () => {
    for (const text of SAMPLES) {
      const index = codePointIndex(text)
      for (let unit = 0; unit <= text.length; unit++) {
        expect(index.pointsBefore(unit)).toBe(Array.from(text.slice(0, unit)).length)
      }
    }
  })
})
