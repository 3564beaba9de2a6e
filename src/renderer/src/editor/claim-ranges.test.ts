import { describe, expect, it } from 'vitest'
import { claimIdsOutside, claimRange, hasTextBetween, innermostClaimId } from './claim-ranges'
import { claim, claimType, docOf, paragraph, text } from './test-schema'

// "GDP grew 3% in 2025." with outer over "GDP grew 3%", inner over "grew", and an overlap
// that starts inside outer and ends after it.
const doc = docOf(
  paragraph(
    text('GDP ', claim('outer')),
    text('grew', claim('outer'), claim('inner')),
    text(' 3%', claim('outer'), claim('overlap')),
    text(' in', claim('overlap')),
    text(' 2025.')
  ),
  paragraph(text('Jobs rose.', claim('split')))
)

describe('claimRange', () => {
  it('spans every character of the claim, across paragraphs', () => {
    expect(claimRange(doc, claimType, 'outer')).toEqual({ from: 1, to: 12 })
    const split = docOf(
      paragraph(text('Jobs ', claim('s'))),
      paragraph(text('rose', claim('s')), text('.'))
    )
    expect(claimRange(split, claimType, 's')).toEqual({ from: 1, to: 12 })
  })

  it('is null for a claim without text', () => {
    expect(claimRange(doc, claimType, 'gone')).toBeNull()
  })
})

describe('innermostClaimId', () => {
  it('picks the shortest claim around the position', () => {
    const insideGrew = 7
    expect(innermostClaimId(doc, insideGrew, ['outer', 'inner'], claimType)).toBe('inner')
    expect(innermostClaimId(doc, insideGrew, ['inner', 'outer'], claimType)).toBe('inner')
    const inside3 = 11
    expect(innermostClaimId(doc, inside3, ['outer', 'overlap'], claimType)).toBe('overlap')
  })
})

describe('hasTextBetween', () => {
  it('needs a visible character', () => {
    expect(hasTextBetween(doc, 1, 4)).toBe(true)
    expect(hasTextBetween(doc, 4, 5)).toBe(false)
    expect(hasTextBetween(doc, 3, 3)).toBe(false)
  })
})

describe('claimIdsOutside', () => {
  it('ignores claims that live only inside the excluded range', () => {
    const all = claimIdsOutside(doc, claimType, { from: 0, to: 0 })
    expect([...all].sort()).toEqual(['inner', 'outer', 'overlap', 'split'])
    const withoutFirst = claimIdsOutside(doc, claimType, { from: 0, to: 22 })
    expect([...withoutFirst]).toEqual(['split'])
  })
})
