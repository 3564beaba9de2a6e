/** The claims panel's words in each language, rendered as the reviewer sees them. */
import { createElement, type ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, it } from 'vitest'
import type { Claim, StatusChange } from '../../../core/claims/claim'
import { buildLibrary } from '../../../core/claims/source-library'
import type { Locale } from '../../../core/i18n/locale'
import { createAppI18n } from '../i18n/app-language'
import { ReviewRulesContext } from '../review-rules'
import { ClaimListItem } from './ClaimListItem'
import { ClaimStatusSection } from './ClaimStatusSection'
import { SecondCheckBlock } from './SecondCheckBlock'
import { SourcesPanel } from './SourcesPanel'

function claim(fields: Partial<Claim> = {}): Claim {
  return {
    id: 'c1',
    kind: 'claim',
    quote: 'voted 31 to 9',
    statement: 'The council voted 31 to 9.',
    sourceIds: [],
    status: 'unverified',
    assignee: null,
    createdBy: 'Alice',
    createdAt: '2026-01-02T12:00:00.000Z',
    history: [],
    ...fields
  }
}

function change(id: string, author: string, to: StatusChange['to']): StatusChange {
  return { id, author, at: '2026-01-02T12:00:00.000Z', from: 'unverified', to, basis: [] }
}

/** The text a reader sees (tags dropped), in `locale`, with the second check on. */
function seen(locale: Locale, element: ReactElement): string {
  const i18n = createAppI18n(locale)
  const rules = createElement(ReviewRulesContext, { value: { secondCheck: true } }, element)
  const html = renderToStaticMarkup(createElement(I18nextProvider, { i18n }, rules))
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
}

const noop = () => ({ ok: true, value: null }) as const
const viewers = [{ clientId: 1, name: 'Bob', color: '#123456', openClaim: 'c1' }]

function listItem(locale: Locale, fields: Partial<Claim>, commentCount: number): string {
  return seen(
    locale,
    createElement(ClaimListItem, {
      claim: claim(fields),
      isOpen: false,
      isDetached: true,
      sourceCount: 0,
      commentCount,
      viewers,
      onOpen: () => undefined
    })
  )
}

describe('a claims list entry', () => {
  it('reads as before in English', () => {
    const text = listItem('en', { assignee: 'Cem' }, 1)
    for (const part of ['Unverified', 'Detached', 'No source', '1 comment', 'Assigned to Cem']) {
      expect(text).toContain(part)
    }
    expect(text).toContain('Bob is viewing')
    expect(listItem('en', {}, 0)).toContain('0 comments')
  })

  it('reads in German', () => {
    const text = listItem('de', {}, 3)
    for (const part of ['Ungeprüft', 'Nicht verankert', 'Keine Quelle', '3 Kommentare']) {
      expect(text).toContain(part)
    }
    expect(text).toContain('Nicht zugewiesen')
    expect(text).toContain('Bob schaut zu')
    expect(listItem('de', {}, 1)).toContain('1 Kommentar')
  })
})

describe('the second check', () => {
  const verified = claim({ status: 'verified', history: [change('h1', 'Ana', 'verified')] })
  const block = (locale: Locale, reviewerName: string): string =>
    seen(
      locale,
      createElement(SecondCheckBlock, {
        claim: verified,
        reviewerName,
        onConfirm: () => undefined,
        onSendBack: () => undefined
      })
    )

  it('says who verified it and what it waits for, in each language', () => {
    expect(block('en', 'Bo')).toMatch(/^Verified by Ana \(.+\) · awaiting second check/)
    expect(block('en', 'Bo')).toContain('Confirm verification')
    expect(block('de', 'Bo')).toMatch(/^Verifiziert von Ana \(.+\) · wartet auf Zweitprüfung/)
    expect(block('de', 'Bo')).toContain('Verifizierung bestätigen')
    expect(block('de', 'Ana')).toContain('Ein anderes Mitglied mit der Rolle Prüfer:in')
  })
})

describe('a status conflict', () => {
  const torn = claim({
    status: 'verified',
    history: [change('h1', 'Ana', 'verified'), change('h2', 'Bo', 'disputed')]
  })
  const section = (locale: Locale): string =>
    seen(
      locale,
      createElement(ClaimStatusSection, {
        claim: torn,
        reviewerName: 'Cem',
        onSetStatus: noop,
        onConfirm: noop,
        onSendBack: noop
      })
    )

  it('names each side and offers to keep one, in each language', () => {
    expect(section('en')).toContain('Conflict: reviewers set different statuses')
    expect(section('en')).toMatch(/Ana set Verified at \S/)
    expect(section('en')).toContain('Keep Disputed')
    expect(section('en')).toContain('Status history (2)')
    expect(section('de')).toContain('Konflikt: Prüfer:innen haben unterschiedliche Status')
    expect(section('de')).toMatch(/Bo hat am \S.* Umstritten gesetzt/)
    expect(section('de')).toContain('Umstritten beibehalten')
    expect(section('de')).toContain('Bo: Ungeprüft → Umstritten, ')
  })
})

describe('the sources panel', () => {
  const library = buildLibrary([
    { name: 'Minutes', url: 'https://example.org/minutes' },
    { name: 'Press', url: 'https://example.org/press' }
  ])
  const cited = claim({ sourceIds: [library[0]?.id ?? ''] })
  const panel = (locale: Locale): string =>
    seen(
      locale,
      createElement(SourcesPanel, {
        library,
        claims: [cited, claim({ id: 'c2' }), claim({ id: 'c3' })]
      })
    )

  it('counts in each language', () => {
    expect(panel('en')).toContain('2 claims have no source')
    expect(panel('en')).toContain('Cited by 1 claim')
    expect(panel('en')).toContain('Not cited')
    expect(panel('de')).toContain('2 Behauptungen haben keine Quelle')
    expect(panel('de')).toContain('Von 1 Behauptung angegeben')
    expect(panel('de')).toContain('Von keiner Behauptung angegeben')
  })
})
