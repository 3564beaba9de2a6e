import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { editClaimClaimant } from '../../src/collab/claims/claims-doc'
import { setArticleUrl } from '../../src/collab/room-settings'
import {
  buildSampleRoom,
  cite,
  review,
  roomWithBriefing,
  tagClaim
} from '../support/export-fixture'
import { claimReviewProblems, googleClaimReviewCheck } from '../support/claim-review-check'
import { startTestServer, type TestServer } from '../support/test-server'

const ARTICLE = 'https://courier.example/fact-check/rates'

let server: TestServer
let withoutNewsroom: TestServer

/** A room whose claims all have a final verdict, published at ARTICLE unless told otherwise. */
function reviewedRoom(articleUrl: string | null = ARTICLE): Y.Doc {
  const doc = roomWithBriefing(
    'Rates rose by 4 percent. Rents fell.\n\nSources:\n- Office: https://example.org/rates\n'
  )
  tagClaim(doc, 'c1', 'Rates rose by 4 percent', 'Ana', 1)
  editClaimClaimant(doc, 'c1', 'the Finance Ministry')
  review(doc, 'c1', [['verified', 'Ana', 2]])
  cite(doc, 'c1', 'https://example.org/rates')
  tagClaim(doc, 'c2', 'Rents fell', 'Ben', 3)
  review(doc, 'c2', [['false', 'Ben', 4, 'They rose.']])
  if (articleUrl) setArticleUrl(doc, articleUrl)
  return doc
}

function sampleRoom(): Y.Doc {
  const doc = buildSampleRoom()
  setArticleUrl(doc, ARTICLE)
  return doc
}

beforeAll(async () => {
  const publisher = { name: 'Lindenfeld Courier', url: 'https://courier.example/' }
  server = await startTestServer({ publisher })
  withoutNewsroom = await startTestServer()
  await server.storage.appendUpdate('reviewed', Y.encodeStateAsUpdate(reviewedRoom()))
  await server.storage.appendUpdate('sample', Y.encodeStateAsUpdate(sampleRoom()))
  await server.storage.appendUpdate('no-article', Y.encodeStateAsUpdate(reviewedRoom(null)))
  await withoutNewsroom.storage.appendUpdate('reviewed', Y.encodeStateAsUpdate(reviewedRoom()))
})

afterAll(async () => {
  await Promise.all([server.close(), withoutNewsroom.close()])
})

function get(path: string, on: TestServer = server): Promise<Response> {
  return fetch(`${on.url}/api/rooms/${path}`)
}

describe('GET /api/rooms/ROOM/export?format=claimreview', () => {
  it('serves the room’s ClaimReviews as JSON-LD that validates independently', async () => {
    const response = await get('reviewed/export?format=claimreview')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/ld+json; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="reviewed.claimreview.jsonld"'
    )
    const text = await response.text()
    expect(await claimReviewProblems(text)).toEqual([])
    expect(await googleClaimReviewCheck(text)).toEqual({ found: 2, failed: [] })
    const reviews = JSON.parse(text) as Record<string, unknown>[]
    expect(reviews.map((r) => [r.claimReviewed, r.url])).toEqual([
      ['Rates rose by 4 percent', ARTICLE],
      ['Rents fell', ARTICLE]
    ])
    // Who made the claim, where the claim names them; the other names nobody.
    expect(reviews[0]?.itemReviewed).toEqual({
      '@type': 'Claim',
      author: { '@type': 'Person', name: 'the Finance Ministry' },
      appearance: [{ '@type': 'CreativeWork', url: 'https://example.org/rates', name: 'Office' }]
    })
    expect(reviews[1]?.itemReviewed).toEqual({ '@type': 'Claim' })
    expect(reviews[1]?.author).toEqual([
      { '@type': 'Organization', name: 'Lindenfeld Courier', url: 'https://courier.example/' },
      { '@type': 'Person', name: 'Ben' }
    ])
  })

  it('answers the gate with 409 while claims are open, and lists them', async () => {
    const response = await get('sample/export?format=claimreview')
    expect(response.status).toBe(409)
    const body = (await response.json()) as {
      error: string
      reason: { key: string }
      openChecks: { kind: string; claimId: string }[]
    }
    expect(body.error).toBe('3 claims are not finally reviewed and are left out of ClaimReview.')
    expect(body.reason).toEqual({ key: 'claimReview.export.leftOut', values: { count: 3 } })
    expect(body.openChecks.map((check) => [check.kind, check.claimId])).toEqual([
      ['not-verified', 'claim-homes'],
      ['status-conflict', 'claim-cooling'],
      ['not-verified', 'claim-start']
    ])
  })

  it('exports the finally reviewed claims with accept-open=true, leaving the open ones out', async () => {
    const response = await get('sample/export?format=claimreview&accept-open=true')
    expect(response.status).toBe(200)
    const text = await response.text()
    expect(await claimReviewProblems(text)).toEqual([])
    expect(await googleClaimReviewCheck(text)).toEqual({ found: 6, failed: [] })
  })

  it('names the ratings in the export’s language: the briefing’s own, or lang', async () => {
    const ratings = async (path: string): Promise<unknown[]> => {
      const response = await get(path)
      expect(response.status).toBe(200)
      const text = await response.text()
      expect(await claimReviewProblems(text)).toEqual([])
      const reviews = JSON.parse(text) as { reviewRating: { alternateName: string } }[]
      return reviews.map((r) => r.reviewRating.alternateName)
    }
    expect(await ratings('reviewed/export?format=claimreview')).toEqual(['Verified', 'False'])
    expect(await ratings('reviewed/export?format=claimreview&lang=de')).toEqual([
      'Verifiziert',
      'Falsch'
    ])
  })

  it('still refuses with every open check under require=verified', async () => {
    const response = await get('sample/export?format=claimreview&accept-open=true&require=verified')
    expect(response.status).toBe(409)
    expect(((await response.json()) as { openChecks: unknown[] }).openChecks).toHaveLength(10)
  })

  it.each([
    [
      'no-article/export?format=claimreview',
      422,
      'Set the address of the published article for this room before exporting ClaimReview.'
    ],
    ['reviewed/export?format=claimreview&accept-open=yes', 400, 'accept-open can only be "true"']
  ])('GET %s → %i', async (path, status, error) => {
    const response = await get(path)
    expect(response.status).toBe(status)
    expect(((await response.json()) as { error: string }).error).toBe(error)
  })

  it('is not offered by a server started without --org-name and --org-url', async () => {
    const response = await get('reviewed/export?format=claimreview', withoutNewsroom)
    expect(response.status).toBe(501)
    expect(((await response.json()) as { error: string }).error).toBe(
      'The ClaimReview export needs the server to be started with --org-name and --org-url.'
    )
    expect((await get('reviewed/export?format=md', withoutNewsroom)).status).toBe(200)
  })
})
