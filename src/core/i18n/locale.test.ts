import { describe, expect, it } from 'vitest'
import { acceptedLanguages, isLocale, matchLocale } from './locale'

describe('locale', () => {
  it('matches by primary subtag, best first', () => {
    expect(matchLocale(['fr-FR', 'de-AT', 'en'])).toBe('de')
    expect(matchLocale(['en-GB', 'de'])).toBe('en')
    expect(matchLocale(['fr'])).toBe('en')
    expect(matchLocale([])).toBe('en')
  })

  it('knows only exact ids', () => {
    expect(isLocale('de')).toBe(true)
    expect(isLocale('de-DE')).toBe(false)
    expect(isLocale(3)).toBe(false)
  })

  it('orders Accept-Language by quality and drops q=0', () => {
    expect(acceptedLanguages('en;q=0.5, de-CH, fr;q=0')).toEqual(['de-CH', 'en'])
    expect(acceptedLanguages(undefined)).toEqual([])
    expect(matchLocale(acceptedLanguages('fr, de;q=0.8, en;q=0.7'))).toBe('de')
  })
})
