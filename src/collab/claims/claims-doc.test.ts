import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Claim } from '../../core/claims/claim'
import { statusConflict } from '../../core/claims/conflict'
import { writeBriefing } from '../briefing-doc'
import { CLAIM_KEYS } from './claims-layout'
import {
  assignClaim,
  attachClaimSource,
  claimsMap,
  createClaimInDoc,
  detachClaimSource,
  editClaimClaimant,
  editClaimStatement,
  observeClaims,
  readClaim,
  readClaims,
  setClaimStatus
} from './claims-doc'
import { syncDocs } from '../../../tests/support/ydoc-sync'

const NOW = '2026-03-01T10:00:00.000Z'
const LATER = '2026-03-01T11:00:00.000Z'
const STATS = 'https://stats.example/gdp'
const NEWS = 'https://news.example/'

/** A seeded room with two sources and one claim, as every replica would receive it. */
function seededRoom(): Y.Doc {
  const doc = new Y.Doc()
  writeBriefing(doc, {
    blocks: [{ kind: 'paragraph', text: 'GDP grew 3% last year.' }],
    sources: [
      { name: 'Stats office', url: STATS },
      { name: 'News', url: NEWS }
    ],
    rejected: []
  })
  createClaimInDoc(doc, { id: 'c1', quote: 'GDP grew 3%', author: 'Ana', now: NOW })
  return doc
}

/** A second replica that starts from `doc`'s state. */
function replicaOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
  return copy
}

describe('claims in one document', () => {
  it('reads back a created claim as plain data', () => {
    expect(readClaims(seededRoom())).toEqual([
      {
        id: 'c1',
        kind: 'claim',
        quote: 'GDP grew 3%',
        statement: 'GDP grew 3%',
        sourceIds: [],
        status: 'unverified',
        assignee: null,
        createdBy: 'Ana',
        createdAt: NOW,
        history: []
      }
    ])
  })

  it('refuses bad input and a duplicate id without touching the document', () => {
    const doc = seededRoom()
    const before = Y.encodeStateVector(doc)
    expect(createClaimInDoc(doc, { id: 'c2', quote: ' ', author: 'Ana', now: NOW }).ok).toBe(false)
    expect(createClaimInDoc(doc, { id: 'c1', quote: 'x', author: 'Ana', now: NOW })).toMatchObject({
      ok: false,
      message: 'A claim with this id already exists.'
    })
    expect(Y.encodeStateVector(doc)).toEqual(before)
  })

  it('records a status change in the status and the history', () => {
    const doc = seededRoom()
    const result = setClaimStatus(doc, 'c1', {
      changeId: 's1',
      to: 'in-review',
      author: 'Ben',
      now: LATER,
      note: 'checking'
    })
    expect(result.ok && result.value.status).toBe('in-review')
    expect(readClaim(doc, 'c1')?.history).toEqual([
      {
        id: 's1',
        author: 'Ben',
        at: LATER,
        from: 'unverified',
        to: 'in-review',
        note: 'checking',
        basis: []
      }
    ])
  })

  it('edits the statement, assigns, attaches and detaches sources', () => {
    const doc = seededRoom()
    editClaimStatement(doc, 'c1', 'Real GDP grew 3.1% in 2025')
    assignClaim(doc, 'c1', 'Ben')
    attachClaimSource(doc, 'c1', STATS)
    attachClaimSource(doc, 'c1', NEWS)
    detachClaimSource(doc, 'c1', NEWS)
    expect(readClaim(doc, 'c1')).toMatchObject({
      statement: 'Real GDP grew 3.1% in 2025',
      assignee: 'Ben',
      sourceIds: [STATS],
      quote: 'GDP grew 3%'
    })
  })

  it('names who made a claim, trimmed, and forgets them when cleared', () => {
    const doc = seededRoom()
    expect(readClaim(doc, 'c1')).not.toHaveProperty('claimant')
    expect(editClaimClaimant(doc, 'c1', '  the Finance Ministry ').ok).toBe(true)
    expect(readClaim(doc, 'c1')).toMatchObject({ claimant: 'the Finance Ministry' })
    expect(editClaimClaimant(doc, 'c1', 'x'.repeat(201))).toMatchObject({
      ok: false,
      message: 'The name of who made the claim is 201 characters long; the limit is 200.'
    })
    expect(readClaim(doc, 'c1')).toMatchObject({ claimant: 'the Finance Ministry' })
    expect(editClaimClaimant(doc, 'c1', '   ').ok).toBe(true)
    expect(readClaim(doc, 'c1')).not.toHaveProperty('claimant')
  })

  it('passes on the core messages and refuses unknown claims and sources', () => {
    const doc = seededRoom()
    expect(editClaimStatement(doc, 'c1', 'x'.repeat(2001))).toMatchObject({
      ok: false,
      message: 'The claim statement is 2001 characters long; the limit is 2000.'
    })
    expect(attachClaimSource(doc, 'c1', 'https://elsewhere.example/').ok).toBe(false)
    expect(
      setClaimStatus(doc, 'nope', { changeId: 's', to: 'verified', author: 'A', now: NOW })
    ).toMatchObject({
      ok: false,
      message: 'That claim no longer exists.'
    })
    expect(readClaim(doc, 'c1')?.statement).toBe('GDP grew 3%')
  })

  it('skips entries it cannot read instead of failing', () => {
    const doc = seededRoom()
    const junk = new Y.Map<unknown>()
    junk.set(CLAIM_KEYS.kind, 'highlight')
    claimsMap(doc).set('other', junk)
    const history = claimsMap(doc).get('c1')?.get(CLAIM_KEYS.history)
    if (history instanceof Y.Array) history.push([{ id: 'bad', to: 'Verified' }, 42])
    expect(readClaims(doc).map((claim) => [claim.id, claim.history.length])).toEqual([['c1', 0]])
  })

  it('tells observers now, on every change, and not after unsubscribing', () => {
    const doc = seededRoom()
    const peer = replicaOf(doc)
    const seen: string[] = []
    const unsubscribe = observeClaims(peer, (claims) =>
      seen.push(claims.map((c) => c.status).join())
    )
    setClaimStatus(doc, 'c1', { changeId: 's1', to: 'verified', author: 'Ana', now: LATER })
    syncDocs(doc, peer)
    unsubscribe()
    setClaimStatus(doc, 'c1', { changeId: 's2', to: 'disputed', author: 'Ana', now: LATER })
    syncDocs(doc, peer)
    expect(seen).toEqual(['unverified', 'verified'])
  })
})

describe('observing claims in a large room', () => {
  it('re-reads only the claims a change touched and keeps the rest as they were', () => {
    const doc = seededRoom()
    createClaimInDoc(doc, { id: 'c2', quote: 'Exports fell', author: 'Ana', now: LATER })
    const peer = replicaOf(doc)
    const seen: { claims: Claim[]; changed: ReadonlySet<string> | null }[] = []
    const unsubscribe = observeClaims(peer, (claims, changed) => seen.push({ claims, changed }))
    setClaimStatus(doc, 'c2', { changeId: 's1', to: 'verified', author: 'Ana', now: LATER })
    syncDocs(doc, peer)
    unsubscribe()
    const [first, second] = seen
    expect(first?.changed).toBeNull()
    expect([...(second?.changed ?? [])]).toEqual(['c2'])
    expect(second?.claims[0]).toBe(first?.claims[0])
    expect(second?.claims).toEqual(readClaims(peer))
  })

  it('keeps creation order as claims arrive and go', () => {
    const doc = seededRoom()
    const seen: string[] = []
    const unsubscribe = observeClaims(doc, (claims) => seen.push(claims.map((c) => c.id).join()))
    createClaimInDoc(doc, { id: 'late', quote: 'Later', author: 'Ana', now: LATER })
    createClaimInDoc(doc, {
      id: 'early',
      quote: 'Earlier',
      author: 'Ana',
      now: '2026-01-01T00:00:00.000Z'
    })
    claimsMap(doc).delete('c1')
    unsubscribe()
    expect(seen).toEqual(['c1', 'c1,late', 'early,c1,late', 'early,late'])
  })
})

describe('claims edited on two replicas at once', () => {
  it('keep both offline status changes and report the conflict on both sides', () => {
    const ana = seededRoom()
    const ben = replicaOf(ana)
    setClaimStatus(ana, 'c1', { changeId: 'a1', to: 'verified', author: 'Ana', now: LATER })
    setClaimStatus(ben, 'c1', { changeId: 'b1', to: 'false', author: 'Ben', now: LATER })
    syncDocs(ana, ben)
    const [onAna, onBen] = [readClaim(ana, 'c1'), readClaim(ben, 'c1')]
    expect(onAna).toEqual(onBen)
    expect(onAna?.history.map((entry) => [entry.id, entry.from, entry.to])).toEqual(
      expect.arrayContaining([
        ['a1', 'unverified', 'verified'],
        ['b1', 'unverified', 'false']
      ])
    )
    expect(
      statusConflict(onAna?.history ?? [])
        ?.statuses.slice()
        .sort()
    ).toEqual(['false', 'verified'])
    // The shown status is one of the two values, the same on both replicas.
    expect(['verified', 'false']).toContain(onAna?.status)
  })

  it('settle a conflict with one more change made after seeing both', () => {
    const ana = seededRoom()
    const ben = replicaOf(ana)
    setClaimStatus(ana, 'c1', { changeId: 'a1', to: 'verified', author: 'Ana', now: LATER })
    setClaimStatus(ben, 'c1', { changeId: 'b1', to: 'false', author: 'Ben', now: LATER })
    syncDocs(ana, ben)
    const shown = readClaim(ben, 'c1')?.status ?? 'unverified'
    expect(
      setClaimStatus(ben, 'c1', { changeId: 'b2', to: shown, author: 'Ben', now: LATER }).ok
    ).toBe(true)
    syncDocs(ana, ben)
    expect(statusConflict(readClaim(ana, 'c1')?.history ?? [])).toBeNull()
    expect(readClaim(ana, 'c1')?.history.at(-1)?.basis.slice().sort()).toEqual(['a1', 'b1'])
  })

  it('keep sources attached on each side, and a detach of another source', () => {
    const ana = seededRoom()
    attachClaimSource(ana, 'c1', NEWS)
    const ben = replicaOf(ana)
    attachClaimSource(ana, 'c1', STATS)
    detachClaimSource(ben, 'c1', NEWS)
    syncDocs(ana, ben)
    expect(readClaim(ana, 'c1')?.sourceIds).toEqual([STATS])
    expect(readClaim(ben, 'c1')?.sourceIds).toEqual([STATS])
  })

  it('keep both sources when two reviewers attach different ones', () => {
    const ana = seededRoom()
    const ben = replicaOf(ana)
    attachClaimSource(ana, 'c1', STATS)
    attachClaimSource(ben, 'c1', NEWS)
    syncDocs(ana, ben)
    expect(readClaim(ana, 'c1')?.sourceIds).toEqual([NEWS, STATS])
    expect(readClaim(ben, 'c1')?.sourceIds).toEqual([NEWS, STATS])
  })

  it('keep claims created on each side and converge on one statement', () => {
    const ana = seededRoom()
    const ben = replicaOf(ana)
    createClaimInDoc(ana, { id: 'c2', quote: 'last year', author: 'Ana', now: LATER })
    createClaimInDoc(ben, { id: 'c3', quote: 'GDP', author: 'Ben', now: LATER })
    editClaimStatement(ana, 'c1', 'Ana’s wording')
    editClaimStatement(ben, 'c1', 'Ben’s wording')
    syncDocs(ana, ben)
    expect(readClaims(ana)).toEqual(readClaims(ben))
    expect(readClaims(ana).map((claim) => claim.id)).toEqual(['c1', 'c2', 'c3'])
  })
})
