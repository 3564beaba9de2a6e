import { describe, expect, it } from 'vitest'
import { isSafeLinkHref } from './safe-link'

describe('isSafeLinkHref', () => {
  it('keeps absolute http(s) and mailto links', () => {
    expect(isSafeLinkHref('https://stats.example/gdp')).toBe(true)
    expect(isSafeLinkHref('http://example.org')).toBe(true)
    expect(isSafeLinkHref('mailto:desk@example.org')).toBe(true)
  })

  it('drops script, data, file and relative targets, however they are disguised', () => {
    for (const href of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'file:///etc/passwd',
      '/relative/path',
      '#fragment',
      ''
    ]) {
      expect(isSafeLinkHref(href), href).toBe(false)
    }
  })
})
