import { describe, expect, it } from 'vitest'
import { english, translator, type Translator } from '../i18n/translator'
import type { Claim } from './claim'
import { progressHeadline, verificationProgress, type VerificationProgress } from './progress'
import type { ClaimStatus } from './status'

function claimWith(status: ClaimStatus, id: string): Claim {
  return {
    id,
    kind: 'claim',
    quote: 'q',
    statement: 'q',
    sourceIds: [],
    status,
    assignee: null,
    createdBy: 'Ana',
    createdAt: '2026-01-01T00:00:00.000Z',
    history: []
  }
}

/** The headline as the region shows it. */
function progressSentence(progress: VerificationProgress, tr: Translator = english): string {
  return tr.text(progressHeadline(progress))
}

describe('verification progress', () => {
  it('counts every status, including those with no claims', () => {
    const statuses: ClaimStatus[] = ['verified', 'verified', 'verified', 'false', 'in-review']
    const claims = [...statuses, ...Array<ClaimStatus>(7).fill('unverified')].map((s, i) =>
      claimWith(s, String(i))
    )
    const progress = verificationProgress(claims)
    expect(progress).toEqual({
      total: 12,
      counts: {
        unverified: 7,
        'in-review': 1,
        verified: 3,
        disputed: 0,
        false: 1,
        unverifiable: 0,
        awaiting: 0,
        conflict: 0
      }
    })
    expect(progressSentence(progress)).toBe('3 of 12 verified')
  })

  it('counts an unconfirmed verification as awaiting, not verified, under the second check', () => {
    // claimWith's claims carry no history, so nobody has confirmed their Verified.
    const claims = [claimWith('verified', 'a'), claimWith('in-review', 'b')]
    const progress = verificationProgress(claims, { secondCheck: true })
    expect(progress.counts.verified).toBe(0)
    expect(progress.counts.awaiting).toBe(1)
    expect(progressSentence(progress)).toBe('0 of 2 verified')
  })

  it('reads "0 of 0 verified" for a room without claims', () => {
    expect(progressSentence(verificationProgress([]))).toBe('0 of 0 verified')
  })

  it('says the headline in German with German numbers', () => {
    const many = Array.from({ length: 1200 }, (_, index) => claimWith('verified', `claim-${index}`))
    expect(progressSentence(verificationProgress(many), translator('de'))).toBe(
      '1.200 von 1.200 verifiziert'
    )
  })

  it('counts a claim in conflict as Conflict, under neither of its statuses', () => {
    const forked: Claim = {
      ...claimWith('disputed', 'forked'),
      history: [
        {
          id: 'a',
          at: '2026-01-01T10:00:00.000Z',
          author: 'Ana',
          from: 'unverified',
          to: 'verified',
          basis: []
        },
        {
          id: 'b',
          at: '2026-01-01T10:01:00.000Z',
          author: 'Ben',
          from: 'unverified',
          to: 'disputed',
          basis: []
        }
      ]
    }
    const progress = verificationProgress([forked, claimWith('disputed', 'settled')])
    expect(progress.counts).toMatchObject({ verified: 0, disputed: 1, conflict: 1 })
    expect(progressSentence(progress)).toBe('0 of 2 verified')
  })
})
