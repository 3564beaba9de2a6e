import { describe, expect, it } from 'vitest'
import { runToEnd } from '../steps'
import { buildGramIndex } from './text-gram-index'

const build = (text: string) => runToEnd(buildGramIndex(text))

describe('buildGramIndex', () => {
  it('finds every occurrence of a needle, in text order, as indexOf would', () => {
    const text = 'Reuters berichtet. Laut Reuters berichtet die Agentur; Reuters berichtet erneut.'
    const index = build(text)
    const expected: number[] = []
    for (
      let at = text.indexOf('Reuters berichtet');
      at !== -1;
      at = text.indexOf('Reuters berichtet', at + 1)
    ) {
      expected.push(at)
    }
    expect(index.find('Reuters berichtet', 10)).toEqual(expected)
    expect(index.find('Reuters berichtet', 2)).toEqual(expected.slice(0, 2))
    expect(index.find('nicht im Text', 10)).toEqual([])
  })

  it('finds a needle in a long repetitive text where only a number tells places apart', () => {
    const text = Array.from(
      { length: 5_000 },
      (_, i) => `Die Zahl lautet ${i} und nicht anders.`
    ).join(' ')
    const needle = 'lautet 4321 und nicht anders. Die Zahl'
    expect(build(text).find(needle, 10)).toEqual([text.indexOf(needle)])
  })

  it('refuses needles shorter than its window', () => {
    expect(() => build('some text here').find('short', 1)).toThrow(RangeError)
  })
})
