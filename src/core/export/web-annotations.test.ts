import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { claimOf, inputOf, paragraphOf } from '../../../tests/support/export-input'
import { translator } from '../i18n/translator'
import { parseWebAnnotations } from './web-annotation-import'
import { exportWebAnnotations } from './web-annotations'

// An independent validator of the W3C model (JSON Schema via ajv); CommonJS without types.
const validateAnnotation = createRequire(import.meta.url)('validate-web-annotation') as (
  annotation: unknown
) => boolean

const library = [{ id: 'https://a.example/x', name: 'A <report>', url: 'https://a.example/x' }]

function sampleInput(): ReturnType<typeof inputOf> {
  return inputOf({
    blocks: [
      { kind: 'heading', level: 1, runs: [{ text: 'Café', claimIds: [] }] },
      paragraphOf(['The 😀 rate ', 'outer'], ['rose', 'outer', 'inner'], [' today.'])
    ],
    claims: [
      claimOf('outer', 'The 😀 rate rose', {
        status: 'verified',
        sourceIds: ['https://a.example/x'],
        assignee: 'Ben',
        history: [
          {
            id: 'h1',
            author: 'Ben',
            at: '2025-01-01T11:00:00.000Z',
            from: 'unverified',
            to: 'verified',
            basis: [],
            note: 'ok'
          }
        ]
      }),
      claimOf('inner', 'rose', { status: 'disputed', statement: 'It rose.' }),
      claimOf('gone', 'deleted words')
    ],
    comments: {
      inner: [
        {
          id: 'k1',
          parentId: null,
          author: 'Ana',
          createdAt: '2025-01-01T12:00:00.000Z',
          text: 'Why?'
        },
        {
          id: 'k2',
          parentId: 'k1',
          author: 'Ben',
          createdAt: '2025-01-01T12:05:00.000Z',
          text: 'See A.'
        }
      ]
    },
    library
  })
}

type Json = Record<string, unknown>
const items = (collection: Json): Json[] => (collection.first as { items: Json[] }).items

describe('exportWebAnnotations', () => {
  it('passes an independent Web Annotation validator, annotation by annotation', () => {
    const collection = exportWebAnnotations(sampleInput())
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld')
    expect(collection.type).toBe('AnnotationCollection')
    for (const annotation of items(collection)) {
      // The validator's schema declares created/modified as format "date" (YYYY-MM-DD), but the
      // model defines them as xsd:dateTime; they are checked here as date-times instead.
      const { created, modified, ...rest } = annotation
      expect(created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/)
      expect(modified).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/)
      expect(validateAnnotation({ '@context': collection['@context'], ...rest })).toBe(true)
    }
  })

  it('targets the normalised text with quote and code point position selectors', () => {
    const [outer, inner, gone] = items(exportWebAnnotations(sampleInput()))
    expect(outer?.target).toEqual({
      source: 'urn:claimdesk:room:test-room',
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: 'The 😀 rate rose',
          prefix: 'Café\n\n',
          suffix: ' today.'
        },
        { type: 'TextPositionSelector', start: 6, end: 21 }
      ]
    })
    expect(inner?.id).toBe('urn:claimdesk:room:test-room:claim:inner')
    expect(gone?.target).toEqual({
      source: 'urn:claimdesk:room:test-room',
      selector: [{ type: 'TextQuoteSelector', exact: 'deleted words' }]
    })
  })

  it('carries the open checks as a note on the collection', () => {
    const collection = exportWebAnnotations(sampleInput())
    const notice = collection['claimdesk:notice'] as { value: string }
    expect(notice.value.split('\n')[0]).toBe('NOT VERIFIED · 4 open checks')
    const verified = inputOf({
      blocks: [paragraphOf(['x', 'c'])],
      claims: [claimOf('c', 'x', { status: 'verified', sourceIds: ['https://a.example/x'] })],
      library
    })
    expect(exportWebAnnotations(verified)['claimdesk:notice']).toBeUndefined()
  })
})

describe('parseWebAnnotations', () => {
  it('reads back everything the exporter wrote', () => {
    const parsed = parseWebAnnotations(exportWebAnnotations(sampleInput()))
    if (!parsed.ok) throw new Error(parsed.message)
    const [outer, inner, gone] = parsed.value
    expect(outer).toMatchObject({
      claimId: 'outer',
      position: { start: 6, end: 21 },
      status: 'verified',
      assignee: 'Ben',
      sources: [{ url: 'https://a.example/x', name: 'A <report>' }]
    })
    expect(outer?.history).toEqual(sampleInput().claims[0]?.history)
    expect(inner?.statement).toBe('It rose.')
    expect(inner?.comments).toEqual(sampleInput().comments.inner)
    expect(gone?.position).toBeUndefined()
  })

  it.each([
    ['a list', [], 'not a JSON object'],
    [
      'JSON-LD of another vocabulary',
      { '@context': 'https://schema.org', '@type': 'Article' },
      'W3C Web Annotation context'
    ],
    [
      'a lone annotation',
      { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation' },
      'not an AnnotationCollection'
    ],
    [
      'a paged collection',
      {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        type: 'AnnotationCollection',
        first: 'urn:x:page1'
      },
      'links to its pages'
    ]
  ])('refuses %s with the reason', (_name, json, reason) => {
    const parsed = parseWebAnnotations(json)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.message).toContain(reason)
  })

  it('refuses a malformed annotation, naming it and the problem', () => {
    const collection = exportWebAnnotations(sampleInput())
    const [first] = items(collection)
    const broken = {
      ...first,
      target: { source: 'urn:x', selector: [{ type: 'TextPositionSelector', start: 5, end: 2 }] }
    }
    const parsed = parseWebAnnotations({
      ...collection,
      first: { type: 'AnnotationPage', items: [broken] }
    })
    expect(parsed).toMatchObject({
      ok: false,
      message:
        'Annotation 1 (urn:claimdesk:room:test-room:claim:outer): its target has no TextQuoteSelector, so it cannot be placed in text.'
    })
    // With a quote, the inverted position is what is wrong, and it is named.
    const inverted = {
      ...first,
      target: {
        source: 'urn:x',
        selector: [
          { type: 'TextQuoteSelector', exact: 'grew' },
          { type: 'TextPositionSelector', start: 5, end: 2 }
        ]
      }
    }
    expect(
      parseWebAnnotations({ ...collection, first: { type: 'AnnotationPage', items: [inverted] } })
    ).toMatchObject({
      ok: false,
      message:
        'Annotation 1 (urn:claimdesk:room:test-room:claim:outer): its TextPositionSelector needs whole-number start and end with start ≤ end.'
    })
    const badStatus = {
      ...first,
      body: [{ type: 'TextualBody', purpose: 'assessing', value: 'Probably fine' }]
    }
    const refused = parseWebAnnotations({
      ...collection,
      first: { type: 'AnnotationPage', items: [badStatus] }
    })
    expect(refused.ok ? '' : refused.message).toContain('“Probably fine”, which is not one of')
  })
})

describe('parseWebAnnotations in German', () => {
  const de = translator('de')

  it('says why a file is refused, and names the annotation inside the sentence', () => {
    const lone = parseWebAnnotations({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation'
    })
    expect(lone.ok ? '' : de.text(lone.reason)).toBe(
      'Die Datei ist keine AnnotationCollection; Claimdesk importiert die Sammlungen, die es exportiert.'
    )
    const collection = exportWebAnnotations(sampleInput())
    const [first] = items(collection)
    const badStatus = {
      ...first,
      body: [{ type: 'TextualBody', purpose: 'assessing', value: 'Probably fine' }]
    }
    const refused = parseWebAnnotations({
      ...collection,
      first: { type: 'AnnotationPage', items: [badStatus] }
    })
    expect(refused.ok ? '' : de.text(refused.reason)).toBe(
      'Annotation 1 (urn:claimdesk:room:test-room:claim:outer): Body 1 setzt den Status „Probably fine“, der keiner der Status von Claimdesk ist.'
    )
  })

  it('reads a status given by its German label', () => {
    const collection = exportWebAnnotations(sampleInput())
    const [first] = items(collection)
    const german = {
      ...first,
      body: [{ type: 'TextualBody', purpose: 'assessing', value: 'Umstritten' }]
    }
    const parsed = parseWebAnnotations({
      ...collection,
      first: { type: 'AnnotationPage', items: [german] }
    })
    expect(parsed.ok ? parsed.value[0]?.status : parsed.message).toBe('disputed')
  })
})
