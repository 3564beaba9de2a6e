import { describe, expect, it } from 'vitest'
import type { Claim } from './claim'
import { statusConflict } from './conflict'
import {
  applyStatusChange,
  assign,
  attachSource,
  createClaim,
  detachSource,
  detachedClaims,
  editStatement,
  setStatus,
  statusChangeFor
} from './operations'
import type { LibrarySource } from './source-library'
import { unwrap } from '../../../tests/support/result'

const NOW = '2026-03-01T10:00:00.000Z'
const LATER = '2026-03-01T11:00:00.000Z'
const LIBRARY: LibrarySource[] = [
  { id: 'https://stats.example/', name: 'Stats office', url: 'https://stats.example/' },
  { id: 'https://news.example/a', name: 'News', url: 'https://news.example/a' }
]

function newClaim(quote = 'GDP grew 3% last year'): Claim {
  return unwrap(createClaim({ id: 'c1', quote, author: ' Ana ', now: NOW }))
}

describe('createClaim', () => {
  it('makes an unverified claim whose statement is the quote', () => {
    expect(newClaim()).toEqual({
      id: 'c1',
      kind: 'claim',
      quote: 'GDP grew 3% last year',
      statement: 'GDP grew 3% last year',
      sourceIds: [],
      status: 'unverified',
      assignee: null,
      createdBy: 'Ana',
      createdAt: NOW,
      history: []
    })
  })

  it('trims the default statement but keeps the quote as selected', () => {
    const claim = newClaim('  grew 3% ')
    expect([claim.quote, claim.statement]).toEqual(['  grew 3% ', 'grew 3%'])
  })

  it.each([
    [{ id: '', quote: 'q', author: 'Ana' }, 'A claim needs an id.'],
    [{ id: 'c', quote: '  ', author: 'Ana' }, 'Select some text to make a claim.'],
    [{ id: 'c', quote: 'q', author: ' ' }, 'The author needs a name.']
  ])('refuses %j', (input, message) => {
    expect(createClaim({ ...input, now: NOW })).toMatchObject({ ok: false, message })
  })

  it('refuses a quote too long to be a statement', () => {
    expect(createClaim({ id: 'c', quote: 'x'.repeat(2001), author: 'Ana', now: NOW }).ok).toBe(
      false
    )
  })
})

describe('setStatus', () => {
  it('changes the status and appends who, when, from, to and the note', () => {
    const claim = unwrap(
      setStatus(newClaim(), {
        changeId: 's1',
        to: 'in-review',
        author: 'Ben',
        now: LATER,
        note: ' on it '
      })
    )
    expect(claim.status).toBe('in-review')
    expect(claim.history).toEqual([
      {
        id: 's1',
        author: 'Ben',
        at: LATER,
        from: 'unverified',
        to: 'in-review',
        note: 'on it',
        basis: []
      }
    ])
  })

  it('builds each change on the previous one and leaves the original untouched', () => {
    const original = newClaim()
    const first = unwrap(
      setStatus(original, { changeId: 's1', to: 'in-review', author: 'Ben', now: NOW })
    )
    const second = unwrap(
      setStatus(first, { changeId: 's2', to: 'verified', author: 'Ana', now: LATER })
    )
    expect(second.history.map((entry) => [entry.from, entry.to, entry.basis])).toEqual([
      ['unverified', 'in-review', []],
      ['in-review', 'verified', ['s1']]
    ])
    expect('note' in (second.history[1] ?? {})).toBe(false)
    expect(original.history).toEqual([])
  })

  it('refuses the status the claim already has', () => {
    expect(
      setStatus(newClaim(), { changeId: 's', to: 'unverified', author: 'Ana', now: NOW })
    ).toMatchObject({
      ok: false,
      message: 'The claim is already Unverified.'
    })
  })

  it('allows re-setting the shown status to settle a conflict', () => {
    const base = newClaim()
    const ana = unwrap(
      statusChangeFor(base, { changeId: 'a', to: 'verified', author: 'Ana', now: NOW })
    )
    const ben = unwrap(
      statusChangeFor(base, { changeId: 'b', to: 'false', author: 'Ben', now: NOW })
    )
    const forked = applyStatusChange(applyStatusChange(base, ana), ben)
    expect(statusConflict(forked.history)).not.toBeNull()
    const settled = unwrap(
      setStatus(forked, { changeId: 'c', to: 'false', author: 'Cleo', now: LATER })
    )
    expect(settled.history.at(-1)?.basis).toEqual(['a', 'b'])
    expect(statusConflict(settled.history)).toBeNull()
  })

  it('refuses an unknown status, a missing id, a nameless reviewer and an overlong note', () => {
    const claim = newClaim()
    const input = { changeId: 's', to: 'verified' as const, author: 'Ana', now: NOW }
    expect(setStatus(claim, { ...input, to: 'Verified' as never })).toMatchObject({
      ok: false,
      message: '"Verified" is not a status.'
    })
    expect(setStatus(claim, { ...input, changeId: ' ' }).ok).toBe(false)
    expect(setStatus(claim, { ...input, author: '' }).ok).toBe(false)
    expect(setStatus(claim, { ...input, note: 'n'.repeat(5001) })).toMatchObject({
      ok: false,
      message: 'The note is 5001 characters long; the limit is 5000.'
    })
  })
})

describe('editStatement', () => {
  it('rewords the statement and keeps the quote', () => {
    const claim = unwrap(editStatement(newClaim(), ' Real GDP grew 3.1% in 2025 '))
    expect([claim.statement, claim.quote]).toEqual([
      'Real GDP grew 3.1% in 2025',
      'GDP grew 3% last year'
    ])
  })

  it('refuses an empty or overlong statement', () => {
    expect(editStatement(newClaim(), '').ok).toBe(false)
    expect(editStatement(newClaim(), 's'.repeat(2001))).toMatchObject({
      ok: false,
      message: 'The claim statement is 2001 characters long; the limit is 2000.'
    })
  })
})

describe('attachSource and detachSource', () => {
  it('cites a library source once, however often it is attached', () => {
    const once = unwrap(attachSource(newClaim(), 'https://stats.example/', LIBRARY))
    const twice = unwrap(attachSource(once, 'https://stats.example/', LIBRARY))
    expect(twice.sourceIds).toEqual(['https://stats.example/'])
  })

  it('refuses a source that is not in the library', () => {
    expect(attachSource(newClaim(), 'https://elsewhere.example/', LIBRARY)).toMatchObject({
      ok: false,
      message: 'That source is not in the room’s source library.'
    })
  })

  it('detaches only the given source and ignores one not cited', () => {
    let claim = unwrap(attachSource(newClaim(), 'https://stats.example/', LIBRARY))
    claim = unwrap(attachSource(claim, 'https://news.example/a', LIBRARY))
    expect(detachSource(claim, 'https://stats.example/').sourceIds).toEqual([
      'https://news.example/a'
    ])
    expect(detachSource(claim, 'nope').sourceIds).toHaveLength(2)
  })
})

describe('assign', () => {
  it('assigns a cleaned name and unassigns with null', () => {
    const assigned = unwrap(assign(newClaim(), ' Ben '))
    expect(assigned.assignee).toBe('Ben')
    expect(unwrap(assign(assigned, null)).assignee).toBeNull()
  })

  it('refuses a name over the limit', () => {
    expect(assign(newClaim(), 'b'.repeat(65)).ok).toBe(false)
  })
})

describe('detachedClaims', () => {
  it('lists claims whose anchor is no longer in the text', () => {
    const kept = newClaim()
    const gone = { ...newClaim('gone'), id: 'c2' }
    expect(detachedClaims([kept, gone], new Set(['c1']))).toEqual([gone])
  })
})
