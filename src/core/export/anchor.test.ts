import { describe, expect, it } from 'vitest'
import { anchorAnnotations } from './anchor'

const TEXT = 'The rate rose. Later the rate fell. 😀 The rate held.'

describe('anchorAnnotations', () => {
  it('uses the position when the text there still matches the quote', () => {
    const report = anchorAnnotations(TEXT, [
      { quote: { exact: 'rate' }, position: { start: 25, end: 29 } }
    ])
    expect(report.anchored.map(({ start, end }) => [start, end])).toEqual([[25, 29]])
  })

  it('falls back to the quote, letting prefix and suffix choose between repeats', () => {
    const report = anchorAnnotations(TEXT, [
      {
        quote: { exact: 'rate', prefix: '😀 The ', suffix: ' held' },
        position: { start: 0, end: 4 }
      },
      { quote: { exact: 'rate', suffix: ' fell' } }
    ])
    // Code points: the emoji counts once, so "rate" after it starts at 42 (UTF-16 would say 43).
    expect(report.anchored.map(({ start, end }) => [start, end])).toEqual([
      [42, 46],
      [25, 29]
    ])
  })

  it('prefers the repeat nearest the old position when the context does not decide', () => {
    const report = anchorAnnotations(TEXT, [
      { quote: { exact: 'rate' }, position: { start: 38, end: 42 } }
    ])
    expect(report.anchored[0]?.start).toBe(42)
  })

  it('reports what it cannot place instead of dropping it', () => {
    const annotation = { quote: { exact: 'the rate doubled' }, position: { start: 1, end: 9 } }
    const report = anchorAnnotations(TEXT, [annotation])
    expect(report.anchored).toEqual([])
    expect(report.unanchored).toEqual([
      { annotation, reason: 'The quoted text “the rate doubled” is not in this briefing.' }
    ])
  })
})
