import { describe, expect, it } from 'vitest'
import type { Claim } from '../../../core/claims/claim'
import { translator } from '../../../core/i18n/translator'
import { assigneeText, detachedClaimIds, filterClaims, inDocumentOrder } from './claim-list'

function claim(id: string, fields: Partial<Claim> = {}): Claim {
  return {
    id,
    kind: 'claim',
    quote: id,
    statement: id,
    sourceIds: [],
    status: 'unverified',
    assignee: null,
    createdBy: 'Alice',
    createdAt: '2026-01-01T00:00:00.000Z',
    history: [],
    ...fields
  }
}

describe('filterClaims', () => {
  const claims = [
    claim('a', { status: 'verified', assignee: 'Bob' }),
    claim('b', { status: 'verified', assignee: 'Alice' }),
    claim('c', { assignee: 'Bob' })
  ]

  it('filters by status and by assignee', () => {
    const ids = (list: Claim[]): string[] => list.map((c) => c.id)
    expect(ids(filterClaims(claims, { status: 'all', assignedToMe: false }, 'Bob'))).toEqual([
      'a',
      'b',
      'c'
    ])
    expect(ids(filterClaims(claims, { status: 'verified', assignedToMe: false }, 'Bob'))).toEqual([
      'a',
      'b'
    ])
    expect(ids(filterClaims(claims, { status: 'verified', assignedToMe: true }, 'Bob'))).toEqual([
      'a'
    ])
  })
})

describe('inDocumentOrder', () => {
  it('orders by the text and keeps claims not found in it at the end', () => {
    const claims = [claim('a'), claim('b'), claim('c'), claim('d')]
    expect(inDocumentOrder(claims, ['c', 'a', 'gone']).map((c) => c.id)).toEqual([
      'c',
      'a',
      'b',
      'd'
    ])
  })
})

describe('detachedClaimIds', () => {
  it('calls detached only the claims the last walk looked for and did not find', () => {
    const detached = detachedClaimIds({ anchored: ['a'], checked: new Set(['a', 'b']) })
    expect([...detached]).toEqual(['b'])
    expect(detachedClaimIds(null).size).toBe(0)
  })
})

describe('assigneeText', () => {
  it('names the assignee, or says nobody is, in each language', () => {
    const en = translator('en').t
    const de = translator('de').t
    expect(assigneeText('Bob', en)).toBe('Assigned to Bob')
    expect(assigneeText(null, en)).toBe('Unassigned')
    expect(assigneeText('Bob', de)).toBe('Zugewiesen an Bob')
    expect(assigneeText(null, de)).toBe('Nicht zugewiesen')
  })
})
