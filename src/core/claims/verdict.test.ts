import { describe, expect, it } from 'vitest'
import type { StatusChange } from './claim'
import { claimVerdict, verdictKey, verdictKeyLabel, verdictLabel } from './verdict'

const change = (id: string, to: StatusChange['to'], basis: string[] = []): StatusChange => ({
  id,
  author: 'Ana',
  at: '2026-01-01T10:00:00.000Z',
  from: 'unverified',
  to,
  basis
})

describe('claimVerdict', () => {
  it('is the status when the history agrees', () => {
    const verdict = claimVerdict({
      status: 'verified',
      history: [change('a', 'in-review'), change('b', 'verified', ['a'])]
    })
    expect(verdict).toEqual({ kind: 'status', status: 'verified' })
    expect(verdictLabel(verdict)).toBe('Verified')
    expect(verdictKey(verdict)).toBe('verified')
  })

  it('is a conflict, naming both statuses, when two changes were made without seeing each other', () => {
    const verdict = claimVerdict({
      status: 'disputed',
      history: [change('a', 'verified'), change('b', 'disputed')]
    })
    expect(verdict).toEqual({ kind: 'conflict', statuses: ['verified', 'disputed'] })
    expect(verdictLabel(verdict)).toBe('Conflict: Verified vs Disputed')
    expect(verdictKey(verdict)).toBe('conflict')
    expect(verdictKeyLabel('conflict')).toBe('Conflict')
  })

  it('is settled again by a change made on top of both', () => {
    const verdict = claimVerdict({
      status: 'verified',
      history: [
        change('a', 'verified'),
        change('b', 'disputed'),
        change('c', 'verified', ['a', 'b'])
      ]
    })
    expect(verdict).toEqual({ kind: 'status', status: 'verified' })
  })

  it('names the statuses in their own order, whatever order the merge left the history in', () => {
    const verdict = claimVerdict({
      status: 'verified',
      history: [change('b', 'disputed'), change('a', 'verified')]
    })
    expect(verdictLabel(verdict)).toBe('Conflict: Verified vs Disputed')
  })
})
