import { describe, expect, it } from 'vitest'
import { displayTime, viewingSentence } from './presence-text'

describe('viewingSentence', () => {
  it('names one, two or more viewers', () => {
    expect(viewingSentence([])).toBe('')
    expect(viewingSentence([{ name: 'Bob' }])).toBe('Bob is viewing')
    expect(viewingSentence([{ name: 'Bob' }, { name: 'Cem' }])).toBe('Bob and Cem are viewing')
    expect(viewingSentence([{ name: 'A' }, { name: 'B' }, { name: 'C' }])).toBe(
      'A, B and C are viewing'
    )
  })
})

describe('displayTime', () => {
  it('keeps text that is not a time', () => {
    expect(displayTime('yesterday')).toBe('yesterday')
    expect(displayTime('2026-01-02T03:04:05.000Z')).not.toBe('2026-01-02T03:04:05.000Z')
  })
})
