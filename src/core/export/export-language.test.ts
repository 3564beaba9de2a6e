/** Every format's fixed words in the export's language: asked for, or the briefing's own. */
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { Comment, StatusChange } from '../claims/claim'
import { claimOf, inputOf, paragraphOf } from '../../../tests/support/export-input'
import { translator } from '../i18n/translator'
import { exportDocx } from './docx'
import { exportLocale, type ExportInput } from './export-input'
import { exportHtml } from './html'
import { exportMarkdown } from './markdown'
import { checkedBySentence, displayTime, reviewSummary } from './review-summary'
import { exportWebAnnotations } from './web-annotations'

const GERMAN_TEXT = 'Laut der Stadt ist die Brücke nicht vor 2027 fertig, und das Geld fehlt.'
const ENGLISH_TEXT = 'The council said that the bridge is not finished before 2027.'
const at = '2025-11-18T09:30:00Z'
const change = (id: string, author: string, extra: Partial<StatusChange>): StatusChange => ({
  id,
  author,
  at,
  from: 'unverified',
  to: 'verified',
  basis: [],
  ...extra
})

/** A small room with one claim of each kind of fixed word: quote, comment, history, detached. */
function roomIn(
  text: string,
  overrides: Partial<ExportInput> & { comments?: Record<string, Comment[]> } = {}
): ExportInput {
  return inputOf({
    title: 'Brücke',
    blocks: [paragraphOf([text, 'c1'])],
    claims: [
      claimOf('c1', text, {
        statement: 'Reworded.',
        status: 'in-review',
        assignee: 'Eva',
        sourceIds: ['https://a.example/'],
        history: [
          change('h1', 'Ana', {}),
          change('h2', 'Ben', {
            from: 'verified',
            to: 'in-review',
            basis: ['h1'],
            action: 'send-back',
            note: 'Quelle?'
          })
        ]
      }),
      claimOf('c2', 'gone', { status: 'unverified' })
    ],
    comments: {
      c1: [{ id: 'k', parentId: null, author: 'Eva', createdAt: at, text: 'Stimmt das?' }]
    },
    library: [{ id: 'https://a.example/', name: 'Amt', url: 'https://a.example/' }],
    reviewers: ['Ana', 'Ben', 'Eva'],
    rules: { secondCheck: true },
    ...overrides
  })
}

describe('the export language', () => {
  it('is the one asked for, else the language of the briefing', () => {
    expect(exportLocale(roomIn(GERMAN_TEXT))).toBe('de')
    expect(exportLocale(roomIn(ENGLISH_TEXT))).toBe('en')
    expect(exportLocale(roomIn(GERMAN_TEXT, { locale: 'en' }))).toBe('en')
    expect(exportLocale(roomIn(ENGLISH_TEXT, { locale: 'de' }))).toBe('de')
  })
})

describe('displayTime', () => {
  it('keeps the English form and writes German dates the German way', () => {
    expect(displayTime(at)).toBe('2025-11-18 09:30 UTC')
    expect(displayTime('2025-11-18T09:30:12.345Z', translator('en'))).toBe('2025-11-18 09:30 UTC')
    expect(displayTime(at, translator('de'))).toBe('18.11.2025, 09:30 UTC')
    expect(displayTime('yesterday', translator('de'))).toBe('yesterday')
  })
})

describe('the review summary', () => {
  it('names the second check and a send-back in both languages', () => {
    const confirmed = claimOf('c', 'x', {
      status: 'verified',
      history: [
        change('v', 'Ana', {}),
        change('k', 'Ben', { from: 'verified', basis: ['v'], action: 'confirm' })
      ]
    })
    const rules = { secondCheck: true }
    expect(checkedBySentence(confirmed, rules)).toBe('Verified by Ana · confirmed by Ben')
    expect(checkedBySentence(confirmed, rules, translator('de'))).toBe(
      'Verifiziert von Ana · bestätigt von Ben'
    )
    const awaiting = { ...confirmed, history: confirmed.history.slice(0, 1) }
    expect(checkedBySentence(awaiting, rules, translator('de'))).toBe(
      'Verifiziert von Ana · wartet auf Zweitprüfung'
    )
    const input = inputOf({ claims: [confirmed], blocks: [paragraphOf(['x', 'c'])] })
    expect(reviewSummary(input, translator('de')).claims[0]?.history[1]?.to).toBe(
      'Verifiziert (Zweitprüfung)'
    )
    expect(reviewSummary(roomIn(GERMAN_TEXT)).claims[0]?.history[1]?.to).toBe(
      'In Prüfung (zurückgegeben)'
    )
    expect(reviewSummary(roomIn(ENGLISH_TEXT)).claims[0]?.history[1]?.to).toBe(
      'In review (sent back)'
    )
  })
})

describe('Markdown', () => {
  it('writes its fixed words in German for a German briefing', () => {
    const md = exportMarkdown(roomIn(GERMAN_TEXT))
    for (const words of [
      '> **NICHT VERIFIZIERT · 3 offene Prüfungen**',
      '_Exportiert aus dem Raum test-room am 02.01.2025, 12:00 UTC mit Claimdesk 0.0.0._',
      '## Behauptungen',
      '[^1]: **In Prüfung**: Reworded.',
      `    Zitat: „${GERMAN_TEXT}“`,
      '    Quellen: [Amt](<https://a.example/>)',
      '    Zugewiesen an: Eva',
      '    Kommentar von Eva, 18.11.2025, 09:30 UTC: Stimmt das?',
      '[^2]: **Ungeprüft**: gone (losgelöst: ihr Text steht nicht mehr im Briefing)',
      '    Quellen: keine.',
      '## Prüfübersicht',
      '| Status | Behauptungen |',
      '| **Gesamt** | **2** |',
      'Geprüft von: Ana, Ben, Eva.',
      '### Statusverlauf',
      '- Behauptung 1: In Prüfung',
      '  - 18.11.2025, 09:30 UTC, Ben: Verifiziert → In Prüfung (zurückgegeben): „Quelle?“',
      '  - Noch keine Statusänderungen.',
      '### Quellen'
    ]) {
      expect(md).toContain(words)
    }
    expect(md).not.toMatch(/\bClaims?\b|Sources|Exported/)
  })

  it('writes them in English when asked, whatever the briefing', () => {
    const md = exportMarkdown(roomIn(GERMAN_TEXT, { locale: 'en', reviewers: [], library: [] }))
    for (const words of [
      '> **NOT VERIFIED · 4 open checks**',
      '_Exported from room test-room on 2025-01-02 12:00 UTC by Claimdesk 0.0.0._',
      '[^2]: **Unverified**: gone (detached: its text is no longer in the briefing)',
      '    Sources: none.',
      'Reviewed by: nobody yet.',
      '  - 2025-11-18 09:30 UTC, Ben: Verified → In review (sent back): “Quelle?”',
      'No sources.'
    ]) {
      expect(md).toContain(words)
    }
  })
})

describe('HTML', () => {
  it('sets the page language and writes its fixed words in it', () => {
    const html = exportHtml(roomIn(GERMAN_TEXT))
    expect(html).toContain('<html lang="de">')
    for (const words of [
      '<strong>NICHT VERIFIZIERT · 3 offene Prüfungen</strong>',
      'title="Behauptung 1: In Prüfung"',
      '<thead><tr><th>#</th><th>Behauptung</th><th>Status</th><th>Quellen</th><th>Zugewiesen an</th></tr></thead>',
      '<span class="detached">(losgelöst)</span>',
      'aria-label="Zurück zum Text"',
      '<span class="detached">Losgelöst: Ihr Text steht nicht mehr im Briefing.</span>',
      '<br>Quellen: keine</li>',
      '<div class="comment">Eva, 18.11.2025, 09:30 UTC: Stimmt das?</div>',
      '<h2>Prüfübersicht</h2>',
      '<tr><th>Gesamt</th>',
      '<p>Geprüft von: Ana, Ben, Eva.</p>',
      '<h3>Statusverlauf</h3>',
      '<li>Noch keine Statusänderungen.</li>'
    ]) {
      expect(html).toContain(words)
    }
    const english = exportHtml(roomIn(ENGLISH_TEXT, { reviewers: [] }))
    expect(english).toContain('<html lang="en">')
    expect(english).toContain('<p>Reviewed by: nobody yet.</p>')
    expect(english).toContain('<br>Sources: none</li>')
  })
})

describe('DOCX', () => {
  const partsOf = (input: ExportInput) => {
    const parts = unzipSync(exportDocx(input))
    const part = (path: string): string => strFromU8(parts[path] ?? new Uint8Array())
    return {
      document: part('word/document.xml'),
      footnotes: part('word/footnotes.xml'),
      styles: part('word/styles.xml')
    }
  }
  const texts = (xml: string): string[] =>
    [...xml.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '')

  it('marks the document German and writes its fixed words in German', () => {
    const { document, footnotes, styles } = partsOf(roomIn(GERMAN_TEXT))
    expect(styles).toContain('<w:lang w:val="de-DE"/>')
    expect(texts(document)).toEqual(
      expect.arrayContaining([
        'Exportiert aus dem Raum test-room am 02.01.2025, 12:00 UTC mit Claimdesk 0.0.0.',
        'NICHT VERIFIZIERT · 3 offene Prüfungen',
        'Losgelöste Behauptungen',
        '„gone“ (ihr Text steht nicht mehr im Briefing)',
        'Prüfübersicht',
        'Behauptungen',
        'Gesamt',
        'Geprüft von: Ana, Ben, Eva.',
        'Statusverlauf',
        'Behauptung 1: ',
        'Noch keine Statusänderungen.',
        'Quellen'
      ])
    )
    expect(texts(footnotes)).toEqual(
      expect.arrayContaining([
        'In Prüfung',
        ': Reworded.',
        `Zitat: „${GERMAN_TEXT}“`,
        'Quellen: Amt &lt;https://a.example/&gt;',
        'Zugewiesen an: Eva',
        'Kommentar von Eva, 18.11.2025, 09:30 UTC: Stimmt das?',
        'Losgelöst: Ihr Text steht nicht mehr im Briefing.',
        'Quellen: keine.'
      ])
    )
  })

  it('stays English for an English briefing', () => {
    const { document, styles } = partsOf(roomIn(ENGLISH_TEXT))
    expect(styles).toContain('<w:lang w:val="en-GB"/>')
    expect(texts(document)).toEqual(
      expect.arrayContaining(['NOT VERIFIED · 3 open checks', 'Review summary', 'Claim 1: '])
    )
  })
})

describe('Web Annotation JSON-LD', () => {
  it('writes the words for people in the export language and keeps the data as it is', () => {
    const collection = exportWebAnnotations(roomIn(GERMAN_TEXT))
    const notice = collection['claimdesk:notice'] as { value: string }
    expect(notice.value.split('\n')[0]).toBe('NICHT VERIFIZIERT · 3 offene Prüfungen')
    const checks = collection['claimdesk:openChecks'] as Record<string, unknown>[]
    expect(checks[0]).toEqual({
      kind: 'not-verified',
      claimId: 'c1',
      status: 'in-review',
      message: 'Behauptung 1 („Reworded.“) hat den Status „In Prüfung“, nicht „Verifiziert“.'
    })
    const items = (collection.first as { items: { body: Record<string, unknown>[] }[] }).items
    const assessing = items[0]?.body.find((body) => body.purpose === 'assessing')
    expect(assessing).toMatchObject({ value: 'In Prüfung', 'claimdesk:status': 'in-review' })
    expect(items[0]?.body[0]).toMatchObject({ purpose: 'tagging', value: 'claim' })
  })
})
