import { describe, expect, it } from 'vitest'
import { claimOf } from '../../../tests/support/export-input'
import { translator } from '../i18n/translator'
import { compareVersion, isUnchanged } from './version-compare'

describe('compareVersion', () => {
  it('lists removed and added words, and removed, added and changed claims', () => {
    const version = {
      text: 'Der Hafen schlug zwei Millionen Container um.',
      claims: [claimOf('c1', '2,1 Millionen', { status: 'verified' }), claimOf('c2', 'Hafen')]
    }
    const now = {
      text: 'Der Hafen schlug drei Millionen Container um.',
      claims: [claimOf('c1', '2,1 Millionen', { status: 'in-review' }), claimOf('c3', 'Container')]
    }
    const comparison = compareVersion(version, now)
    expect(comparison.text.filter((s) => s.kind === 'removed').map((s) => s.text.trim())).toEqual([
      'zwei'
    ])
    expect(comparison.text.filter((s) => s.kind === 'added').map((s) => s.text.trim())).toEqual([
      'drei'
    ])
    expect(comparison.removedClaims.map((c) => c.id)).toEqual(['c2'])
    expect(comparison.addedClaims.map((c) => c.id)).toEqual(['c3'])
    expect(comparison.changedClaims).toEqual([
      { id: 'c1', quote: '2,1 Millionen', differences: ['status: Verified → In review'] }
    ])
    expect(isUnchanged(comparison)).toBe(false)
  })

  it('finds nothing between a room and itself', () => {
    const room = { text: 'Gleich geblieben.', claims: [claimOf('c1', 'Gleich')] }
    expect(isUnchanged(compareVersion(room, room))).toBe(true)
  })
})

describe('compareVersion in German', () => {
  it('names each difference in German', () => {
    const version = {
      text: 'Gleich.',
      claims: [claimOf('c1', 'Gleich', { status: 'verified', assignee: null, sourceIds: ['a'] })]
    }
    const now = {
      text: 'Gleich.',
      claims: [claimOf('c1', 'Gleich', { status: 'disputed', assignee: 'Bo', statement: 'Neu' })]
    }
    expect(compareVersion(version, now, translator('de')).changedClaims[0]?.differences).toEqual([
      'Status: Verifiziert → Umstritten',
      'Aussage: „Gleich“ → „Neu“',
      'Quellen: 1 → 0',
      'Zugewiesen: niemand → Bo'
    ])
    expect(compareVersion(now, version).changedClaims[0]?.differences).toContain(
      'assignee: Bo → nobody'
    )
  })
})
