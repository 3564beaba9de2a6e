import { describe, expect, it } from 'vitest'
import type { StatusChange } from '../claims/claim'
import { claimOf, inputOf, paragraphOf } from '../../../tests/support/export-input'
import { exportHtml } from './html'
import { exportMarkdown } from './markdown'
import { openChecks } from './open-checks'

const library = [{ id: 'https://a.example/', name: 'A', url: 'https://a.example/' }]
const at = '2025-01-01T11:00:00Z'
const verified: StatusChange = {
  id: 'v',
  author: 'Ana',
  at,
  from: 'unverified',
  to: 'verified',
  basis: []
}
const confirmed: StatusChange = {
  id: 'k',
  author: 'Ben',
  at,
  from: 'verified',
  to: 'verified',
  basis: ['v'],
  action: 'confirm'
}

function inputWith(history: StatusChange[], secondCheck: boolean) {
  return inputOf({
    blocks: [paragraphOf(['Es sind 240 Millionen Euro', 'c1'])],
    claims: [
      claimOf('c1', 'Es sind 240 Millionen Euro', {
        status: 'verified',
        sourceIds: ['https://a.example/'],
        history
      })
    ],
    library,
    rules: { secondCheck }
  })
}

describe('exports under the second check', () => {
  it('gate a verification awaiting its second check, naming who verified', () => {
    const checks = openChecks(inputWith([verified], true))
    expect(checks).toEqual([
      expect.objectContaining({ kind: 'awaiting-second-check', claimId: 'c1', verifiedBy: ['Ana'] })
    ])
    expect(checks[0]?.message).toContain('Verified by Ana, awaiting a second check')
    expect(openChecks(inputWith([verified], false))).toEqual([])
  })

  it('name the verifier and the confirmer in the Markdown and HTML summaries', () => {
    const input = inputWith([verified, confirmed], true)
    expect(openChecks(input)).toEqual([])
    const markdown = exportMarkdown(input)
    expect(markdown).toContain('Verified by Ana · confirmed by Ben')
    expect(markdown).toContain('Ben: Verified → Verified (second check)')
    expect(markdown).not.toContain('NOT VERIFIED')
    expect(exportHtml(input)).toContain('Verified by Ana · confirmed by Ben')
  })

  it('mark an awaiting claim as such in the Markdown footnote', () => {
    const markdown = exportMarkdown(inputWith([verified], true))
    expect(markdown).toContain('**Verified · awaiting second check**')
    expect(markdown).toContain('NOT VERIFIED · 1 open check')
  })
})
