import { describe, expect, it } from 'vitest'
import type { StatusChange } from './claim'
import { nextBasis, statusConflict, statusHeads } from './conflict'
import type { ClaimStatus } from './status'

function change(
  id: string,
  from: ClaimStatus,
  to: ClaimStatus,
  basis: string[],
  author = 'Ana'
): StatusChange {
  return { id, author, at: '2026-01-01T00:00:00.000Z', from, to, basis }
}

describe('statusConflict', () => {
  it('finds none in an empty history', () => {
    expect(statusConflict([])).toBeNull()
    expect(nextBasis([])).toEqual([])
  })

  it('finds none in a plain sequence, even when a status repeats', () => {
    const history = [
      change('a', 'unverified', 'in-review', []),
      change('b', 'in-review', 'unverified', ['a']),
      change('c', 'unverified', 'verified', ['b'])
    ]
    expect(statusConflict(history)).toBeNull()
    expect(statusHeads(history).map((entry) => entry.id)).toEqual(['c'])
  })

  it('reports two reviewers who set different statuses without seeing each other', () => {
    const start = change('a', 'unverified', 'in-review', [])
    const ana = change('b', 'in-review', 'verified', ['a'], 'Ana')
    const ben = change('c', 'in-review', 'false', ['a'], 'Ben')
    expect(statusConflict([start, ana, ben])).toEqual({
      changes: [ana, ben],
      statuses: ['verified', 'false']
    })
  })

  it('finds none when concurrent changes agree, but a next change builds on both', () => {
    const history = [
      change('a', 'unverified', 'verified', [], 'Ana'),
      change('b', 'unverified', 'verified', [], 'Ben')
    ]
    expect(statusConflict(history)).toBeNull()
    expect(nextBasis(history)).toEqual(['a', 'b'])
  })

  it('is settled by a change made on top of both sides', () => {
    const history = [
      change('a', 'unverified', 'verified', [], 'Ana'),
      change('b', 'unverified', 'disputed', [], 'Ben'),
      change('c', 'disputed', 'verified', ['a', 'b'], 'Cleo')
    ]
    expect(statusConflict(history)).toBeNull()
  })

  it('compares the latest change on each side, not the first', () => {
    const history = [
      change('a', 'unverified', 'in-review', [], 'Ana'),
      change('b', 'unverified', 'in-review', [], 'Ben'),
      change('c', 'in-review', 'disputed', ['b'], 'Ben')
    ]
    expect(statusConflict(history)?.statuses).toEqual(['in-review', 'disputed'])
  })

  it('lists each distinct status once when three reviewers fork', () => {
    const history = [
      change('a', 'unverified', 'verified', [], 'Ana'),
      change('b', 'unverified', 'false', [], 'Ben'),
      change('c', 'unverified', 'verified', [], 'Cleo')
    ]
    const conflict = statusConflict(history)
    expect(conflict?.statuses).toEqual(['verified', 'false'])
    expect(conflict?.changes).toHaveLength(3)
  })

  it('ignores a basis naming an entry it does not have', () => {
    expect(statusConflict([change('a', 'unverified', 'verified', ['gone'])])).toBeNull()
  })
})
