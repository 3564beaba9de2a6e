import { describe, expect, it } from 'vitest'
import { claimOf, inputOf, paragraphOf } from '../../../tests/support/export-input'
import { translator } from '../i18n/translator'
import { checkData, draftBanner, openChecks } from './open-checks'

const library = [
  { id: 'https://a.example/', name: 'A', url: 'https://a.example/' },
  { id: 'https://b.example/', name: 'B', url: 'https://b.example/' }
]

describe('openChecks', () => {
  it('is empty when every claim is verified and sourced and every source cited', () => {
    const input = inputOf({
      blocks: [paragraphOf(['One', 'c1'], [' and '], ['two', 'c2'])],
      claims: [
        claimOf('c1', 'One', { status: 'verified', sourceIds: ['https://a.example/'] }),
        claimOf('c2', 'two', { status: 'verified', sourceIds: ['https://b.example/'] })
      ],
      library
    })
    expect(openChecks(input)).toEqual([])
  })

  it('lists unverified, unsourced, conflicting claims and uncited sources with messages', () => {
    const change = (id: string, to: 'verified' | 'false') => ({
      id,
      author: 'Ana',
      at: '2025-01-01T11:00:00Z',
      from: 'unverified' as const,
      to,
      basis: []
    })
    const input = inputOf({
      blocks: [paragraphOf(['One', 'c1'], [' and '], ['two', 'c2'])],
      claims: [
        claimOf('c1', 'One', { status: 'in-review', sourceIds: ['https://a.example/'] }),
        claimOf('c2', 'two', {
          status: 'false',
          history: [change('h1', 'verified'), change('h2', 'false')]
        })
      ],
      library
    })
    const checks = openChecks(input)
    expect(checks.map((check) => check.kind)).toEqual([
      'not-verified',
      'status-conflict',
      'no-source',
      'uncited-source'
    ])
    expect(checks.map((check) => check.message)).toEqual([
      'Claim 1 (“One”) is In review, not Verified.',
      'Claim 2 (“two”) has conflicting statuses: Verified vs False.',
      'Claim 2 (“two”) cites no source.',
      'No claim cites the source “B” (https://b.example/).'
    ])
    expect(draftBanner(checks)).toBe('NOT VERIFIED · 4 open checks')
    expect(draftBanner(checks.slice(0, 1))).toBe('NOT VERIFIED · 1 open check')
  })

  it('says each check in the export language, and as a message for any other reader', () => {
    const input = inputOf({
      blocks: [paragraphOf(['Die Stadt hat das Geld für die Brücke nicht', 'c1'])],
      claims: [
        claimOf('c1', 'Die Stadt hat das Geld für die Brücke nicht', {
          status: 'false',
          history: [
            {
              id: 'h1',
              author: 'Ana',
              at: '2025-01-01T11:00:00Z',
              from: 'unverified',
              to: 'verified',
              basis: []
            },
            {
              id: 'h2',
              author: 'Ben',
              at: '2025-01-01T11:00:00Z',
              from: 'unverified',
              to: 'false',
              basis: []
            },
            {
              id: 'h3',
              author: 'Cem',
              at: '2025-01-01T11:00:00Z',
              from: 'unverified',
              to: 'disputed',
              basis: []
            }
          ]
        }),
        claimOf('c2', 'Weg', { status: 'in-review' })
      ],
      library
    })
    const german = openChecks(input)
    expect(german.map((check) => check.message)).toEqual([
      'Behauptung 1 („Die Stadt hat das Geld für die Brücke nicht“) hat widersprüchliche Prüfstatus: Verifiziert vs. Falsch vs. Umstritten.',
      'Behauptung 1 („Die Stadt hat das Geld für die Brücke nicht“) nennt keine Quelle.',
      'Behauptung 2 („Weg“) hat den Status „In Prüfung“, nicht „Verifiziert“.',
      'Behauptung 2 („Weg“) nennt keine Quelle.',
      'Keine Behauptung nennt die Quelle „A“ (https://a.example/).',
      'Keine Behauptung nennt die Quelle „B“ (https://b.example/).'
    ])
    expect(draftBanner(german, translator('de'))).toBe('NICHT VERIFIZIERT · 6 offene Prüfungen')
    expect(draftBanner(german.slice(0, 1), translator('de'))).toBe(
      'NICHT VERIFIZIERT · 1 offene Prüfung'
    )
    // The reviewer reads the same checks in their own language, whatever the export's.
    expect(german.map((check) => translator('en').text(check.reason))).toEqual(
      openChecks({ ...input, locale: 'en' }).map((check) => check.message)
    )
    expect(translator('en').text(german[0]!.reason)).toBe(
      'Claim 1 (“Die Stadt hat das Geld für die Brücke nicht”) has conflicting statuses: Verified vs False vs Disputed.'
    )
  })

  it('names a verification awaiting its second check in either language', () => {
    const verified = {
      id: 'v',
      author: 'Ana',
      at: '2025-01-01T11:00:00Z',
      from: 'unverified' as const,
      to: 'verified' as const,
      basis: []
    }
    const input = inputOf({
      blocks: [paragraphOf(['Es sind 240 Millionen Euro', 'c1'])],
      claims: [
        claimOf('c1', 'Es sind 240 Millionen Euro', {
          status: 'verified',
          sourceIds: ['https://a.example/'],
          history: [verified]
        })
      ],
      library: library.slice(0, 1),
      rules: { secondCheck: true }
    })
    expect(openChecks({ ...input, locale: 'de' })[0]?.message).toBe(
      'Behauptung 1 („Es sind 240 Millionen Euro“) wurde von Ana verifiziert und wartet auf die Zweitprüfung.'
    )
    expect(openChecks(input)[0]?.message).toBe(
      'Claim 1 (“Es sind 240 Millionen Euro”) is Verified by Ana, awaiting a second check.'
    )
  })

  it('leaves the message object out of the data a file carries, keeping the order of fields', () => {
    const [check] = openChecks(
      inputOf({
        blocks: [paragraphOf(['One', 'c1'])],
        claims: [claimOf('c1', 'One', { sourceIds: ['https://a.example/'] })],
        library: library.slice(0, 1)
      })
    )
    expect(check && Object.keys(checkData(check))).toEqual(['kind', 'claimId', 'status', 'message'])
  })
})
