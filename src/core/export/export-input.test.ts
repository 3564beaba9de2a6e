import { describe, expect, it } from 'vitest'
import { claimOf, inputOf, paragraphOf } from '../../../tests/support/export-input'
import {
  checkExportable,
  claimEnds,
  claimEndsInBlock,
  numberedClaims,
  shownBlocks
} from './export-input'
import { normalisedText } from './plain-text'

describe('checkExportable', () => {
  it('refuses a room without text, with a message that says so', () => {
    const empty = checkExportable(inputOf({ blocks: [paragraphOf(['  ']), paragraphOf()] }))
    expect(empty).toMatchObject({
      ok: false,
      message: 'This room has no text yet, so there is nothing to export.'
    })
    expect(checkExportable(inputOf()).ok).toBe(true)
  })
})

describe('shownBlocks', () => {
  it('shows the text blocks, and none when the room has nothing to export', () => {
    const text = paragraphOf(['a claim'])
    expect(shownBlocks(inputOf({ blocks: [paragraphOf(), text] }))).toEqual([text])
    expect(shownBlocks(inputOf({ blocks: [paragraphOf(['  '])] }))).toEqual([])
  })
})

describe('numberedClaims', () => {
  it('numbers anchored claims in text order, then detached ones', () => {
    const input = inputOf({
      blocks: [paragraphOf(['a', 'late'], ['b', 'late', 'early'])],
      claims: [claimOf('gone', 'x'), claimOf('early', 'b'), claimOf('late', 'ab')]
    })
    expect(numberedClaims(input).map((n) => [n.claim.id, n.number, n.detached])).toEqual([
      ['late', 1, false],
      ['early', 2, false],
      ['gone', 3, true]
    ])
  })
})

describe('claimEndsInBlock', () => {
  it('marks the last run of each claim, even across blocks', () => {
    const first = paragraphOf(['a', 'x', 'y'], ['b', 'x'])
    const second = paragraphOf(['c', 'y'])
    expect(claimEndsInBlock(first, [second])).toEqual([[], ['x']])
    expect(claimEndsInBlock(second, [])).toEqual([['y']])
  })

  it('gives the same ends for every block in one call', () => {
    const blocks = [
      paragraphOf(['a', 'x', 'y'], ['b', 'x']),
      paragraphOf(['c', 'y', 'z']),
      paragraphOf(['d', 'z'], ['e'])
    ]
    expect(claimEnds(blocks)).toEqual(
      blocks.map((b, i) => claimEndsInBlock(b, blocks.slice(i + 1)))
    )
    expect(claimEnds(blocks)).toEqual([[[], ['x']], [['y']], [['z'], []]])
  })
})

describe('normalisedText', () => {
  it('joins non-empty blocks with a blank line, in NFC, counting code points', () => {
    const input = inputOf({
      blocks: [
        paragraphOf(['Cafe\u0301 '], ['😀 up', 'c']),
        paragraphOf(),
        paragraphOf(['next', 'd'])
      ]
    })
    const text = normalisedText(input)
    expect(text.text).toBe('Café 😀 up\n\nnext')
    expect(text.length).toBe(15)
    expect(text.claimRanges.get('c')).toEqual({ start: 5, end: 9 })
    expect(text.claimRanges.get('d')).toEqual({ start: 11, end: 15 })
  })
})
