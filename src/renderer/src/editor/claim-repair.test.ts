import { describe, expect, it } from 'vitest'
import { findRepairRange, freshClaimAt, hasClaimMark, type FreshClaim } from './claim-repair'
import { claim, claimType, docOf, paragraph, schema, text } from './test-schema'

/** "GDP grew 3% in 2025." tagged on "2025" (positions 16..20), as remembered at tagging. */
const late: FreshClaim = { id: 'late', quote: '2025', before: 'GDP grew 3% in ', after: '.' }

describe('freshClaimAt', () => {
  it('remembers the quote and the paragraph text on either side', () => {
    const doc = docOf(paragraph(text('GDP grew 3% in 2025.')))
    expect(freshClaimAt(doc, 16, 20, 'late')).toEqual(late)
  })

  it('keeps offsets as positions across a line break', () => {
    const doc = docOf(
      schema.node('paragraph', null, [text('a'), schema.node('hardBreak'), text('b 2025')])
    )
    expect(freshClaimAt(doc, 5, 9, 'x')).toEqual({
      id: 'x',
      quote: '2025',
      before: 'a\uFFFCb ',
      after: ''
    })
  })

  it('does not remember a claim that spans paragraphs', () => {
    const doc = docOf(paragraph(text('GDP grew')), paragraph(text('3% in 2025.')))
    expect(freshClaimAt(doc, 2, 15, 'x')).toBeNull()
  })
})

describe('findRepairRange', () => {
  it('finds the only occurrence, wherever the paragraph was split', () => {
    const doc = docOf(paragraph(text('GDP')), paragraph(text(' grew 3% in 2025.')))
    expect(findRepairRange(doc, claimType, late)).toEqual({ from: 18, to: 22 })
    expect(doc.textBetween(18, 22)).toBe('2025')
  })

  it('does nothing while the claim still has its mark', () => {
    const doc = docOf(paragraph(text('GDP grew 3% in '), text('20', claim('late')), text('25.')))
    expect(hasClaimMark(doc, claimType, 'late')).toBe(true)
    expect(findRepairRange(doc, claimType, late)).toBeNull()
  })

  it('chooses among several occurrences by the remembered context', () => {
    const doc = docOf(
      paragraph(text('Inflation in 2025.')),
      paragraph(text('GDP')),
      paragraph(text(' grew 3% in 2025.'))
    )
    expect(findRepairRange(doc, claimType, late)).toEqual({ from: 38, to: 42 })
    expect(doc.resolve(38).parent.textContent).toBe(' grew 3% in 2025.')
  })

  it('never guesses between occurrences the context cannot tell apart', () => {
    const doc = docOf(
      paragraph(text('GDP')),
      paragraph(text(' grew 3% in 2025.')),
      paragraph(text('GDP grew 3% in 2025.'))
    )
    expect(findRepairRange(doc, claimType, late)).toBeNull()
  })

  it('counts overlapping occurrences as separate places', () => {
    const fresh: FreshClaim = { id: 'x', quote: 'aa', before: '', after: '' }
    expect(findRepairRange(docOf(paragraph(text('aaa'))), claimType, fresh)).toBeNull()
  })

  it('gives up when the quote is gone', () => {
    const doc = docOf(paragraph(text('GDP grew 3% in 2026.')))
    expect(findRepairRange(doc, claimType, late)).toBeNull()
  })
})
