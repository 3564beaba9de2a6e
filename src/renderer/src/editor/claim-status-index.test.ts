import { describe, expect, it } from 'vitest'
import type { ClaimLook } from './claim-status-index'
import { createClaimStatusIndex } from './claim-status-index'
import { claimClassName, claimTitle } from './claim-look'
import { translator } from '../../../core/i18n/translator'

/** A stand-in for a rendered span: records every look it is painted with. */
function spanRecorder(): { looks: ClaimLook[]; paint: (look: ClaimLook) => void } {
  const looks: ClaimLook[] = []
  return { looks, paint: (look) => looks.push(look) }
}

describe('createClaimStatusIndex', () => {
  it('paints a span on registration with what it knows so far', () => {
    const index = createClaimStatusIndex()
    index.updateClaims([{ id: 'a', status: 'verified' }])
    const span = spanRecorder()
    index.register('a', span.paint)
    const unknown = spanRecorder()
    index.register('b', unknown.paint)
    expect(span.looks).toEqual([{ status: 'verified', open: false }])
    expect(unknown.looks).toEqual([{ status: null, open: false }])
  })

  it('repaints only the spans of claims whose status changed', () => {
    const index = createClaimStatusIndex()
    index.updateClaims([
      { id: 'a', status: 'unverified' },
      { id: 'b', status: 'unverified' }
    ])
    const a1 = spanRecorder()
    const a2 = spanRecorder()
    const b = spanRecorder()
    index.register('a', a1.paint)
    index.register('a', a2.paint)
    index.register('b', b.paint)
    index.updateClaims([
      { id: 'a', status: 'disputed' },
      { id: 'b', status: 'unverified' }
    ])
    expect(a1.looks.at(-1)).toEqual({ status: 'disputed', open: false })
    expect(a2.looks.at(-1)).toEqual({ status: 'disputed', open: false })
    expect(b.looks).toHaveLength(1)
  })

  it('repaints a span whose claim body arrives after its mark, or goes away', () => {
    const index = createClaimStatusIndex()
    const span = spanRecorder()
    index.register('late', span.paint)
    index.updateClaims([{ id: 'late', status: 'in-review' }])
    index.updateClaims([])
    expect(span.looks.map((look) => look.status)).toEqual([null, 'in-review', null])
  })

  it('moves the open marker from the old claim to the new one', () => {
    const index = createClaimStatusIndex()
    const a = spanRecorder()
    const b = spanRecorder()
    index.register('a', a.paint)
    index.register('b', b.paint)
    index.setOpenClaim('a')
    index.setOpenClaim('b')
    index.setOpenClaim('b')
    expect(a.looks.map((look) => look.open)).toEqual([false, true, false])
    expect(b.looks.map((look) => look.open)).toEqual([false, true])
    expect(index.lookOf('b')).toEqual({ status: null, open: true })
  })

  it('repaints every registered span on request', () => {
    const index = createClaimStatusIndex()
    const a = spanRecorder()
    const b = spanRecorder()
    index.register('a', a.paint)
    index.register('b', b.paint)
    index.repaintAll()
    expect([a.looks.length, b.looks.length]).toEqual([2, 2])
  })

  it('forgets unregistered spans', () => {
    const index = createClaimStatusIndex()
    const span = spanRecorder()
    const unregister = index.register('a', span.paint)
    expect(index.spanCount('a')).toBe(1)
    unregister()
    index.updateClaims([{ id: 'a', status: 'false' }])
    expect(index.spanCount('a')).toBe(0)
    expect(span.looks).toHaveLength(1)
  })
})

describe('claim look', () => {
  it('names the status in the class and in words', () => {
    const look: ClaimLook = { status: 'in-review', open: true }
    expect(claimClassName(look)).toBe('claim claim--in-review claim--open')
    expect(claimTitle(look, translator('en'))).toBe('Claim: In review (open)')
    expect(claimTitle({ status: null, open: false }, translator('en'))).toBe('Claim (loading)')
    expect(claimClassName({ status: null, open: false })).toBe('claim claim--pending')
  })

  it('names the status in German', () => {
    const de = translator('de')
    expect(claimTitle({ status: 'in-review', open: true }, de)).toBe(
      'Behauptung: In Prüfung (geöffnet)'
    )
    expect(claimTitle({ status: 'verified', open: false }, de)).toBe('Behauptung: Verifiziert')
    expect(claimTitle({ status: null, open: false }, de)).toBe('Behauptung (wird geladen)')
  })
})
