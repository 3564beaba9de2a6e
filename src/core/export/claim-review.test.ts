import { describe, expect, it } from 'vitest'
import type { StatusChange } from '../claims/claim'
import type { ClaimStatus } from '../claims/status'
import { translator } from '../i18n/translator'
import { sampleExportInput } from '../../../tests/support/export-fixture'
import { claimOf, inputOf, paragraphOf } from '../../../tests/support/export-input'
import {
  claimReviewProblems,
  expandClaimReviews,
  googleClaimReviewCheck
} from '../../../tests/support/claim-review-check'
import {
  REVIEWED_STATUSES,
  claimReviewGate,
  claimReviewRating,
  claimReviews,
  exportClaimReview,
  verdictDate,
  verdictReviewers
} from './claim-review'

const publisher = {
  orgName: 'Lindenfeld Courier',
  orgUrl: 'https://courier.example/',
  articleUrl: 'https://courier.example/fact-check/river-heat'
}

const library = [
  {
    id: 'https://stats.example/rates',
    name: 'Statistics office',
    url: 'https://stats.example/rates'
  }
]

function change(
  id: string,
  author: string,
  to: ClaimStatus,
  extra: Partial<StatusChange> = {}
): StatusChange {
  return { id, author, at: '2025-03-04T10:00:00.000Z', from: 'unverified', to, basis: [], ...extra }
}

/** A room with one claim of each status, set by Ana (Verified confirmed by Ben). */
function roomOfEveryStatus(secondCheck = false) {
  const statuses: ClaimStatus[] = ['unverified', 'in-review', 'verified', 'disputed', 'false']
  const claims = [...statuses, 'unverifiable' as const].map((status) =>
    claimOf(`c-${status}`, `Quote ${status}`, {
      status,
      statement: `Statement ${status}`,
      sourceIds: ['https://stats.example/rates'],
      history: status === 'unverified' ? [] : [change(`${status}-1`, 'Ana', status)]
    })
  )
  return inputOf({
    blocks: [paragraphOf(...claims.map((c): [string, string] => [`${c.quote}. `, c.id]))],
    claims,
    library,
    rules: { secondCheck }
  })
}

describe('the ClaimReview rating', () => {
  it.each([
    ['verified', 'Verified', 'Verifiziert', 5],
    ['disputed', 'Disputed', 'Umstritten', 3],
    ['false', 'False', 'Falsch', 1]
  ] as const)('rates %s as %s / %s, %i on the 1–5 scale', (status, en, de, value) => {
    const scale = { ratingValue: value, bestRating: 5, worstRating: 1 }
    expect(claimReviewRating(status, translator('en'))).toEqual({
      '@type': 'Rating',
      alternateName: en,
      ...scale
    })
    expect(claimReviewRating(status, translator('de'))).toEqual({
      '@type': 'Rating',
      alternateName: de,
      ...scale
    })
  })

  it('gives Unverifiable its label only: it has no place on a truth scale', () => {
    expect(claimReviewRating('unverifiable', translator('en'))).toEqual({
      '@type': 'Rating',
      alternateName: 'Unverifiable'
    })
    expect(claimReviewRating('unverifiable', translator('de'))).toEqual({
      '@type': 'Rating',
      alternateName: 'Nicht überprüfbar'
    })
  })

  it('reviews exactly the four final statuses', () => {
    expect(REVIEWED_STATUSES).toEqual(['verified', 'disputed', 'false', 'unverifiable'])
  })
})

describe('claimReviews', () => {
  it('reviews only claims with a final verdict, in footnote order', () => {
    const reviews = claimReviews(roomOfEveryStatus(), publisher)
    expect(reviews.map((r) => r.claimReviewed)).toEqual([
      'Statement verified',
      'Statement disputed',
      'Statement false',
      'Statement unverifiable'
    ])
  })

  it('lists the claims it leaves out in its gate, and nothing else', () => {
    const gate = claimReviewGate(roomOfEveryStatus())
    expect(gate.map((check) => [check.kind, 'claimId' in check && check.claimId])).toEqual([
      ['not-verified', 'c-unverified'],
      ['not-verified', 'c-in-review']
    ])
  })

  it('leaves out a verification awaiting its second check, and one in conflict', () => {
    const conflicted = claimOf('c-conflict', 'Quote conflict', {
      status: 'disputed',
      history: [change('a', 'Ana', 'verified'), change('b', 'Ben', 'disputed')]
    })
    const input = {
      ...roomOfEveryStatus(true),
      claims: [...roomOfEveryStatus(true).claims, conflicted]
    }
    expect(claimReviews(input, publisher).map((r) => r.claimReviewed)).toEqual([
      'Statement disputed',
      'Statement false',
      'Statement unverifiable'
    ])
    expect(claimReviewGate(input).map((check) => check.kind)).toEqual([
      'not-verified',
      'not-verified',
      'awaiting-second-check',
      'status-conflict'
    ])
  })

  it('writes each review in the export’s language', () => {
    const reviews = claimReviews(roomOfEveryStatus(), publisher, 'de')
    expect(
      reviews.map((r) => [
        r.inLanguage,
        (r.reviewRating as { alternateName: string }).alternateName
      ])
    ).toEqual([
      ['de', 'Verifiziert'],
      ['de', 'Umstritten'],
      ['de', 'Falsch'],
      ['de', 'Nicht überprüfbar']
    ])
  })

  it('names the article, the claim, its sources, the newsroom and who reached the verdict', () => {
    const verified = change('v', 'Ana', 'verified', { at: '2025-03-04T09:00:00.000Z' })
    const confirmed = change('k', 'Ben', 'verified', {
      at: '2025-03-05T08:30:00.000Z',
      from: 'verified',
      basis: ['v'],
      action: 'confirm'
    })
    const claim = claimOf('c1', 'rates rose by 4 percent', {
      status: 'verified',
      statement: '  ',
      sourceIds: ['https://stats.example/rates'],
      history: [verified, confirmed]
    })
    const input = inputOf({
      blocks: [paragraphOf(['rates rose by 4 percent', 'c1'])],
      claims: [claim],
      library,
      rules: { secondCheck: true }
    })
    expect(claimReviews(input, publisher)).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: 'https://courier.example/fact-check/river-heat',
        claimReviewed: 'rates rose by 4 percent',
        reviewRating: {
          '@type': 'Rating',
          alternateName: 'Verified',
          ratingValue: 5,
          bestRating: 5,
          worstRating: 1
        },
        itemReviewed: {
          '@type': 'Claim',
          appearance: [
            {
              '@type': 'CreativeWork',
              url: 'https://stats.example/rates',
              name: 'Statistics office'
            }
          ]
        },
        author: [
          { '@type': 'Organization', name: 'Lindenfeld Courier', url: 'https://courier.example/' },
          { '@type': 'Person', name: 'Ana' },
          { '@type': 'Person', name: 'Ben' }
        ],
        datePublished: '2025-03-05',
        inLanguage: 'en'
      }
    ])
  })

  it('names the newsroom alone, and the export’s day, for a claim with no history', () => {
    const claim = claimOf('c1', 'Rates rose', { status: 'false' })
    expect(verdictReviewers(claim)).toEqual([])
    expect(verdictDate(claim, '2025-01-02T12:00:00.000Z')).toBe('2025-01-02')
    const [review] = claimReviews(inputOf({ claims: [claim] }), publisher)
    expect(review?.author).toEqual([
      { '@type': 'Organization', name: 'Lindenfeld Courier', url: 'https://courier.example/' }
    ])
    expect(review?.itemReviewed).toEqual({ '@type': 'Claim' })
  })
})

describe('exportClaimReview', () => {
  it('is a JSON array, safe to paste into a script element', () => {
    const claim = claimOf('c1', 'x', {
      status: 'false',
      statement: 'He said “</script><script>alert(1)</script>”',
      history: [change('f', 'Ana', 'false')]
    })
    const text = exportClaimReview(inputOf({ claims: [claim] }), publisher)
    expect(text).not.toContain('<')
    expect(text.endsWith(']\n')).toBe(true)
    const parsed = JSON.parse(text) as { claimReviewed: string }[]
    expect(parsed[0]?.claimReviewed).toBe('He said “</script><script>alert(1)</script>”')
  })

  it('is an empty array when no claim is finally reviewed', () => {
    const input = inputOf({ claims: [claimOf('c1', 'Rates rose', { status: 'in-review' })] })
    expect(exportClaimReview(input, publisher)).toBe('[]\n')
  })
})

describe('the ClaimReview export, checked independently', () => {
  it.each(['en', 'de'] as const)(
    'expands whole and gives Google what it requires (%s)',
    async (locale) => {
      const text = exportClaimReview(sampleExportInput(), publisher, locale)
      expect(await claimReviewProblems(text)).toEqual([])
      const expanded = await expandClaimReviews(text)
      // Three Verified, one Disputed, one False, one Unverifiable; three claims are still open.
      expect(expanded).toHaveLength(6)
      expect(await googleClaimReviewCheck(text)).toEqual({ found: 6, failed: [] })
    }
  )

  it('catches what Google requires when it is missing', async () => {
    const [review] = claimReviews(sampleExportInput(), publisher)
    const broken = JSON.stringify([
      { ...review, url: undefined, reviewRating: { '@type': 'Rating' } }
    ])
    expect(await claimReviewProblems(broken)).toEqual([
      'ClaimReview 0: no http(s) url',
      'ClaimReview 0: a rating without alternateName'
    ])
    expect((await googleClaimReviewCheck(broken)).failed).toEqual(['ClaimReview[0].url'])
  })

  it('catches a property the expansion would drop', async () => {
    const [review] = claimReviews(sampleExportInput(), publisher)
    const broken = JSON.stringify([{ ...review, '@foo': 'dropped' }])
    expect((await claimReviewProblems(broken)).join()).toMatch(/expansion failed/)
  })
})
