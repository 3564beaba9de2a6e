import { describe, expect, it } from 'vitest'
import { buildLibrary } from '../../../core/claims/source-library'
import { english, translator } from '../../../core/i18n/translator'
import { chooseSource } from './source-input'

const library = buildLibrary([
  { name: 'Council minutes', url: 'https://example.org/minutes' },
  { name: 'Press release', url: 'https://example.org/press' }
])

/** The refusal of `input` in `tr`'s language, or nothing when it is not refused. */
function reason(input: string, tr = english): string {
  const choice = chooseSource(input, library)
  return choice.kind === 'refused' ? tr.text(choice.reason) : ''
}

describe('chooseSource', () => {
  it('finds a library source by name, in any case, or by its link', () => {
    expect(chooseSource(' council MINUTES ', library)).toMatchObject({
      kind: 'library',
      source: { url: 'https://example.org/minutes' }
    })
    expect(chooseSource('https://example.org/press', library)).toMatchObject({
      kind: 'library',
      source: { name: 'Press release' }
    })
  })

  it('offers a new http(s) link for adding', () => {
    expect(chooseSource('https://example.net/report', library)).toEqual({
      kind: 'new-link',
      url: 'https://example.net/report'
    })
  })

  it('refuses other schemes, unknown names and blanks with a message', () => {
    for (const input of ['javascript:alert(1)', 'ftp://example.org/x', 'Some paper', '  ']) {
      expect(reason(input).length).toBeGreaterThan(0)
    }
    expect(reason('javascript:alert(1)')).toMatch(/http/)
    expect(reason('Some paper')).toBe(
      'No source in the library is called "Some paper", and it is not an http(s) link.'
    )
  })

  it("says why in the reader's language, naming what was typed", () => {
    const german = reason('Some paper', translator('de'))
    expect(german).toContain('Some paper')
    expect(german).not.toBe(reason('Some paper'))
  })
})
