import type { Slice } from '@tiptap/pm/model'
import { describe, expect, it } from 'vitest'
import { withoutAnchoredClaims } from './paste-filter'
import { claimIdsOutside } from './claim-ranges'
import { claim, claimType, docOf, paragraph, text } from './test-schema'

/** The claim ids on each text run of `slice`, in order. */
function claimIdsOf(slice: Slice): string[][] {
  const runs: string[][] = []
  slice.content.descendants((node) => {
    if (node.isText) {
      runs.push(node.marks.filter((m) => m.type === claimType).map((m) => String(m.attrs['id'])))
    }
  })
  return runs
}

const doc = docOf(
  paragraph(text('GDP ', claim('a')), text('grew', claim('a'), claim('b')), text(' 3%.')),
  paragraph(text('Unclaimed text.'))
)

describe('withoutAnchoredClaims', () => {
  it('drops claims still anchored in the document from a copied slice', () => {
    const copied = doc.slice(1, 9)
    const pasted = withoutAnchoredClaims(
      copied,
      claimType,
      claimIdsOutside(doc, claimType, { from: 16, to: 16 })
    )
    expect(claimIdsOf(pasted)).toEqual([[]])
    expect(pasted.content.textBetween(0, pasted.content.size)).toBe('GDP grew')
  })

  it('keeps a claim whose text was cut (a move) and drops only the duplicates', () => {
    const afterCut = docOf(paragraph(text('GDP ', claim('a')), text(' 3%.')))
    const cut = doc.slice(5, 9)
    const pasted = withoutAnchoredClaims(
      cut,
      claimType,
      claimIdsOutside(afterCut, claimType, { from: 1, to: 1 })
    )
    expect(claimIdsOf(pasted)).toEqual([['b']])
  })

  it('keeps claims whose only anchor is the selection the paste replaces', () => {
    const replacing = claimIdsOutside(doc, claimType, { from: 1, to: 12 })
    const pasted = withoutAnchoredClaims(doc.slice(1, 9), claimType, replacing)
    expect(claimIdsOf(pasted)).toEqual([['a'], ['a', 'b']])
  })

  it('leaves other marks and the slice shape alone', () => {
    const bold = claimType.schema.marks['bold']
    if (!bold) throw new Error('StarterKit has bold')
    const withBold = docOf(paragraph(text('Bold claim', bold.create(), claim('a'))))
    const copied = withBold.slice(0, withBold.content.size)
    const pasted = withoutAnchoredClaims(copied, claimType, new Set(['a']))
    expect(pasted.openStart).toBe(copied.openStart)
    expect(pasted.openEnd).toBe(copied.openEnd)
    const marks = pasted.content.firstChild?.firstChild?.marks.map((m) => m.type.name)
    expect(marks).toEqual(['bold'])
  })
})
