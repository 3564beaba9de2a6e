import { describe, expect, it } from 'vitest'
import { translator } from '../../../core/i18n/translator'
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

  it('says it in German', () => {
    const de = translator('de')
    expect(viewingSentence([{ name: 'Bob' }], de)).toBe('Bob schaut zu')
    expect(viewingSentence([{ name: 'A' }, { name: 'B' }, { name: 'C' }], de)).toBe(
      'A, B und C schauen zu'
    )
  })
})

describe('displayTime', () => {
  it('keeps text that is not a time', () => {
    expect(displayTime('yesterday')).toBe('yesterday')
    expect(displayTime('2026-01-02T03:04:05.000Z')).not.toBe('2026-01-02T03:04:05.000Z')
  })

  it('writes the date the way the language does', () => {
    expect(displayTime('2026-01-02T12:00:00.000Z', 'de')).toMatch(/^0?[12]\.01\.2026, /)
    expect(displayTime('2026-01-02T12:00:00.000Z', 'en')).toMatch(/^[12] Jan 2026, /)
  })
})
