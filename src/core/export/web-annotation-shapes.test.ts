import { describe, expect, it } from 'vitest'
import { decodeBody, decodeSelector } from './web-annotation-shapes'

describe('decodeSelector', () => {
  it.each<[string, unknown, unknown]>([
    [
      'a quote, normalised',
      { type: 'TextQuoteSelector', exact: 'Cafe\u0301', prefix: 'im ' },
      { kind: 'quote', exact: 'Café', prefix: 'im ' }
    ],
    [
      'a position',
      { type: 'TextPositionSelector', start: 2, end: 5 },
      { kind: 'position', start: 2, end: 5 }
    ],
    ['another kind of selector', { type: 'XPathSelector', value: '/p[1]' }, { kind: 'other' }]
  ])('reads %s', (_name, value, expected) => {
    expect(decodeSelector(value)).toEqual({ ok: true, value: expected })
  })

  it.each<[string, unknown, string]>([
    ['an empty quote', { type: 'TextQuoteSelector', exact: '  ' }, 'has no exact text'],
    [
      'a prefix that is not text',
      { type: 'TextQuoteSelector', exact: 'a', prefix: 3 },
      'prefix is not text'
    ],
    ['an inverted position', { type: 'TextPositionSelector', start: 5, end: 2 }, 'start ≤ end'],
    ['a fractional position', { type: 'TextPositionSelector', start: 0.5, end: 2 }, 'whole-number']
  ])('refuses %s', (_name, value, reason) => {
    const decoded = decodeSelector(value)
    expect(decoded.ok ? '' : decoded.message).toContain(reason)
  })
})

describe('decodeBody', () => {
  it.each<[string, unknown, unknown]>([
    [
      'a link',
      { purpose: 'linking', source: 'https://x.example', 'dc:title': 'X' },
      { kind: 'link', url: 'https://x.example', title: 'X' }
    ],
    [
      'a statement',
      { purpose: 'describing', value: 'GDP grew' },
      { kind: 'statement', text: 'GDP grew' }
    ],
    [
      'a status by label',
      { purpose: 'assessing', value: 'In review' },
      { kind: 'assessment', status: 'in-review' }
    ],
    [
      'a conflict',
      {
        purpose: 'assessing',
        value: 'Conflict: Verified vs Disputed',
        'claimdesk:status': 'conflict'
      },
      { kind: 'assessment', status: 'conflict' }
    ],
    ['a bare IRI', 'https://x.example/body', { kind: 'ignored' }],
    ['a tag', { purpose: 'tagging', value: 'claim' }, { kind: 'ignored' }]
  ])('reads %s', (_name, value, expected) => {
    expect(decodeBody(value, undefined, 'body 1')).toEqual({ ok: true, value: expected })
  })

  it('reads a reply with what it answers', () => {
    expect(
      decodeBody(
        {
          purpose: 'replying',
          value: 'Agreed',
          id: 'urn:c2',
          'as:inReplyTo': 'urn:c1',
          created: 'now'
        },
        undefined,
        'body 2'
      )
    ).toMatchObject({
      ok: true,
      value: { kind: 'comment', reply: true, iri: 'urn:c2', inReplyTo: 'urn:c1', text: 'Agreed' }
    })
  })

  it.each<[string, unknown, string]>([
    ['a link to nothing', { purpose: 'linking' }, 'body 3 links to nothing.'],
    ['a comment without text', { purpose: 'commenting' }, 'body 3 has no text value.'],
    ['an unknown status', { purpose: 'assessing', value: 'Probably fine' }, 'not one of Claimdesk'],
    ['a number', 42, 'body 3 is not an object.']
  ])('refuses %s', (_name, value, reason) => {
    const decoded = decodeBody(value, undefined, 'body 3')
    expect(decoded.ok ? '' : decoded.message).toContain(reason)
  })

  it('takes the annotation’s motivation for a body without a purpose', () => {
    expect(decodeBody({ value: 'Verified' }, 'assessing', 'body 1')).toEqual({
      ok: true,
      value: { kind: 'assessment', status: 'verified' }
    })
  })
})
