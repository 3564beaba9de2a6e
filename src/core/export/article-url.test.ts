import { describe, expect, it } from 'vitest'
import { translator } from '../i18n/translator'
import { MAX_ARTICLE_URL_LENGTH, articleUrlOf, validateArticleUrl } from './article-url'

describe('validateArticleUrl', () => {
  it('keeps an http(s) address in the URL parser’s normal form', () => {
    expect(validateArticleUrl('  https://News.example/fact-check/heat  ')).toEqual({
      ok: true,
      value: 'https://news.example/fact-check/heat'
    })
    expect(validateArticleUrl('http://news.example')).toEqual({
      ok: true,
      value: 'http://news.example/'
    })
  })

  it('takes an empty field as clearing the address', () => {
    expect(validateArticleUrl('   ')).toEqual({ ok: true, value: null })
  })

  it.each([
    ['news.example/article', 'The article’s address must be an http or https link.'],
    ['javascript:alert(1)', 'The article’s address must be an http or https link.'],
    ['ftp://news.example/a', 'The article’s address must be an http or https link.'],
    [
      'https://editor:secret@news.example/a',
      'The article’s address must not contain a user name or password.'
    ]
  ])('refuses %s', (text, reason) => {
    const checked = validateArticleUrl(text)
    expect(checked.ok).toBe(false)
    if (!checked.ok) expect(checked.message).toBe(reason)
  })

  it('refuses an address over the limit, in both languages', () => {
    const text = `https://news.example/${'a'.repeat(MAX_ARTICLE_URL_LENGTH)}`
    const checked = validateArticleUrl(text)
    expect(checked.ok).toBe(false)
    if (checked.ok) return
    expect(checked.message).toBe('The address is 2,069 characters long; the limit is 2,048.')
    expect(translator('de').text(checked.reason)).toBe(
      'Die Adresse ist 2.069 Zeichen lang; erlaubt sind 2.048.'
    )
  })

  it('words its refusals in German too', () => {
    const checked = validateArticleUrl('mailto:desk@news.example')
    expect(!checked.ok && translator('de').text(checked.reason)).toBe(
      'Die Adresse des Artikels muss ein http- oder https-Link sein.'
    )
  })
})

describe('articleUrlOf', () => {
  it('reads only a valid stored address', () => {
    expect(articleUrlOf('https://news.example/a')).toBe('https://news.example/a')
    expect(articleUrlOf('javascript:alert(1)')).toBeNull()
    expect(articleUrlOf(42)).toBeNull()
    expect(articleUrlOf(undefined)).toBeNull()
  })
})
