import { describe, expect, it } from 'vitest'
import { claimOf, inputOf, paragraphOf } from '../../../tests/support/export-input'
import { draftBanner, openChecks } from './open-checks'

const library = [
  { id: 'https://a.example/', name: 'A', url: 'https://a.example/' },
  { id: 'https://b.example/', name: 'B', url: 'https://b.example/' }
]

describe('openChecks', () => {
  it('is empty when every claim is verified and sourced and every source cited', () => {
    const input = inputOf({
      blocks: [paragraphOf(['One', 'c1'], [' and '], ['two', 'c2'])],
      claims: [
        claimOf('c1', 'One', { status: 'verified', sourceIds: ['https://a.example/'] }),
        claimOf('c2', 'two', { status: 'verified', sourceIds: ['https://b.example/'] })
      ],
      library
    })
    expect(openChecks(input)).toEqual([])
  })

  it('lists unverified, unsourced, conflicting claims and uncited sources with messages', () => {
    const change = (id: string, to: 'verified' | 'false') => ({
      id,
      author: 'Ana',
      at: '2025-01-01T11:00:00Z',
      from: 'unverified' as const,
      to,
      basis: []
    })
    const input = inputOf({
      blocks: [paragraphOf(['One', 'c1'], [' and '], ['two', 'c2'])],
      claims: [
        claimOf('c1', 'One', { status: 'in-review', sourceIds: ['https://a.example/'] }),
        claimOf('c2', 'two', {
          status: 'false',
          history: [change('h1', 'verified'), change('h2', 'false')]
        })
      ],
      library
    })
    const checks = openChecks(input)
    expect(checks.map((check) => check.kind)).toEqual([
      'not-verified',
      'status-conflict',
      'no-source',
      'uncited-source'
    ])
    expect(checks.map((check) => check.message)).toEqual([
      'Claim 1 (“One”) is In review, not Verified.',
      'Claim 2 (“two”) has conflicting statuses: Verified vs False.',
      'Claim 2 (“two”) cites no source.',
      'No claim cites the source “B” (https://b.example/).'
    ])
    expect(draftBanner(checks)).toBe('NOT VERIFIED · 4 open checks')
    expect(draftBanner(checks.slice(0, 1))).toBe('NOT VERIFIED · 1 open check')
  })
})
