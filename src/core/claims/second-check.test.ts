import { describe, expect, it } from 'vitest'
import { message } from '../i18n/message'
import type { Claim, StatusChange } from './claim'
import {
  applyStatusChange,
  confirmationFor,
  createClaim,
  sendBackFor,
  setStatus
} from './operations'
import {
  confirmationEntryRefusal,
  confirmersOf,
  secondCheckOf,
  sendBackEntryRefusal,
  verifiersOf
} from './second-check'
import { claimVerdict, verdictLabel } from './verdict'
import { unwrap } from '../../../tests/support/result'

const AT = '2026-12-02T09:00:00.000Z'
const ON = { secondCheck: true }
const OFF = { secondCheck: false }

function verifiedBy(author: string): Claim {
  const claim = unwrap(
    createClaim({ id: 'c1', quote: 'Es sind 240 Millionen Euro', author, now: AT })
  )
  const inReview = unwrap(setStatus(claim, { changeId: 's1', to: 'in-review', author, now: AT }))
  return unwrap(setStatus(inReview, { changeId: 's2', to: 'verified', author, now: AT }))
}

function confirmedBy(claim: Claim, author: string, changeId = 'k1'): Claim {
  return applyStatusChange(claim, unwrap(confirmationFor(claim, { changeId, author, now: AT })))
}

describe('the second check', () => {
  it('keeps a verification awaiting until someone else confirms it', () => {
    const claim = verifiedBy('Ana')
    expect(claimVerdict(claim, ON)).toEqual({ kind: 'awaiting', verifiedBy: ['Ana'] })
    expect(verdictLabel(claimVerdict(claim, ON))).toBe('Verified · awaiting second check')
    const confirmed = confirmedBy(claim, 'Ben')
    expect(claimVerdict(confirmed, ON)).toEqual({ kind: 'status', status: 'verified' })
    const check = secondCheckOf(confirmed.history)
    expect(verifiersOf(check)).toEqual(['Ana'])
    expect(confirmersOf(check)).toEqual(['Ben'])
  })

  it('refuses a confirmation by the member who verified', () => {
    const claim = verifiedBy('Ana')
    const own = confirmationFor(claim, { changeId: 'k1', author: 'Ana', now: AT })
    expect(own.ok).toBe(false)
    // The same entry forged into the history does not count either, and the server's check refuses it.
    const forged: StatusChange = {
      id: 'k1',
      author: 'Ana',
      at: AT,
      from: 'verified',
      to: 'verified',
      basis: ['s2'],
      action: 'confirm'
    }
    expect(claimVerdict(applyStatusChange(claim, forged), ON).kind).toBe('awaiting')
    expect(confirmationEntryRefusal(forged, claim.history)).toEqual(
      message('server.update.confirmByOther')
    )
    expect(confirmationEntryRefusal({ ...forged, author: 'Ben' }, claim.history)).toBeUndefined()
    expect(
      confirmationEntryRefusal({ ...forged, author: 'Ben', basis: [] }, claim.history)
    ).toEqual(message('server.update.confirmNeedsVerification'))
    expect(
      confirmationEntryRefusal({ ...forged, author: 'Ben', basis: ['s1'] }, claim.history)
    ).toBeDefined()
  })

  it('needs a note to send a verification back, and returns it to In review', () => {
    const claim = verifiedBy('Ana')
    expect(sendBackFor(claim, { changeId: 'b1', author: 'Ben', now: AT }).ok).toBe(false)
    expect(sendBackFor(claim, { changeId: 'b1', author: 'Ben', now: AT, note: '  ' }).ok).toBe(
      false
    )
    expect(sendBackFor(claim, { changeId: 'b1', author: 'Ana', now: AT, note: 'mine' }).ok).toBe(
      false
    )
    const entry = unwrap(
      sendBackFor(claim, { changeId: 'b1', author: 'Ben', now: AT, note: 'Figure is 204, not 240' })
    )
    expect(entry).toMatchObject({ from: 'verified', to: 'in-review', action: 'send-back' })
    expect(sendBackEntryRefusal(entry)).toBeUndefined()
    expect(sendBackEntryRefusal({ ...entry, note: undefined })).toEqual(
      message('server.update.sendBackNeedsNote')
    )
    const back = applyStatusChange(claim, entry)
    expect(claimVerdict(back, ON)).toEqual({ kind: 'status', status: 'in-review' })
  })

  it('treats Verified as final when the rule is off', () => {
    expect(claimVerdict(verifiedBy('Ana'), OFF)).toEqual({ kind: 'status', status: 'verified' })
    expect(claimVerdict(verifiedBy('Ana'))).toEqual({ kind: 'status', status: 'verified' })
  })

  it('counts two confirmations that crossed offline, and is settled by either', () => {
    const claim = verifiedBy('Ana')
    const ben = unwrap(confirmationFor(claim, { changeId: 'k1', author: 'Ben', now: AT }))
    const cleo = unwrap(confirmationFor(claim, { changeId: 'k2', author: 'Cleo', now: AT }))
    const merged = applyStatusChange(applyStatusChange(claim, ben), cleo)
    expect(claimVerdict(merged, ON)).toEqual({ kind: 'status', status: 'verified' })
    expect(confirmersOf(secondCheckOf(merged.history))).toEqual(['Ben', 'Cleo'])
  })

  it('is a conflict when a confirmation crossed a send-back', () => {
    const claim = verifiedBy('Ana')
    const ben = unwrap(confirmationFor(claim, { changeId: 'k1', author: 'Ben', now: AT }))
    const cleo = unwrap(
      sendBackFor(claim, { changeId: 'b1', author: 'Cleo', now: AT, note: 'source is a blog' })
    )
    const merged = applyStatusChange(applyStatusChange(claim, ben), cleo)
    expect(claimVerdict(merged, ON).kind).toBe('conflict')
  })

  it('waits again when the verifier re-verifies alongside a confirmation', () => {
    const claim = verifiedBy('Ana')
    const ben = unwrap(confirmationFor(claim, { changeId: 'k1', author: 'Ben', now: AT }))
    // Offline, Cleo had set Verified herself on the same basis: her verification is unconfirmed.
    const cleo: StatusChange = { ...ben, id: 'v9', author: 'Cleo', action: undefined }
    const merged = applyStatusChange(applyStatusChange(claim, ben), cleo)
    const verdict = claimVerdict(merged, ON)
    expect(verdict).toEqual({ kind: 'awaiting', verifiedBy: ['Ana', 'Cleo'] })
    // Anyone but Ana and Cleo settles it.
    expect(confirmationFor(merged, { changeId: 'k3', author: 'Cleo', now: AT }).ok).toBe(false)
    expect(claimVerdict(confirmedBy(merged, 'Dan', 'k3'), ON).kind).toBe('status')
  })
})
