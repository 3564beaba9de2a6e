import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { detectLanguage, functionWordCounts } from './detect-language'

const read = (path: string): string =>
  readFileSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)), 'utf8')

describe('detectLanguage', () => {
  it('knows the sample briefings', () => {
    expect(detectLanguage(read('tests/fixtures/briefing-de.txt'))).toBe('de')
    expect(detectLanguage(read('tests/fixtures/briefing-quellen-de.txt'))).toBe('de')
    expect(detectLanguage(read('samples/sample-briefing.md'))).toBe('en')
  })

  it('reads short texts', () => {
    expect(detectLanguage('Der Gemeinderat hat das Budget nicht bewilligt.')).toBe('de')
    expect(detectLanguage('Laut dem Bürgermeister wird die Straße gesperrt.')).toBe('de')
    expect(detectLanguage('The council said that the plan is on hold.')).toBe('en')
  })

  it('answers English when the words say too little', () => {
    expect(detectLanguage('')).toBe('en')
    expect(detectLanguage('2025 · 68 Mio. €')).toBe('en')
    expect(detectLanguage('Es sind 240 Millionen Euro')).toBe('en')
    expect(detectLanguage('Alibaba, ByteDance, Meituan')).toBe('en')
  })

  it('wants German to outnumber English clearly', () => {
    // Four German words against three English ones is not twice over.
    const mixed = 'The minutes of the session: der Rat und die Stadt, das Protokoll.'
    expect(functionWordCounts(mixed)).toEqual({ german: 4, english: 3 })
    expect(detectLanguage(mixed)).toBe('en')
    expect(detectLanguage(`${mixed} Die Verwaltung ist für den Plan.`)).toBe('de')
  })

  it('counts words, not parts of words, in any case', () => {
    expect(functionWordCounts('DIE Diele, Theater, THE')).toEqual({ german: 1, english: 1 })
  })

  it('gives the same answer every time', () => {
    const text = read('tests/fixtures/briefing-de.txt')
    expect(detectLanguage(text)).toBe(detectLanguage(text))
  })
})
