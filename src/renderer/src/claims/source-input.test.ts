import { describe, expect, it } from 'vitest'
import { buildLibrary } from '../../../core/claims/source-library'
import { chooseSource } from './source-input'

const library = buildLibrary([
  { name: 'Council minutes', url: 'https://example.org/minutes' },
  { name: 'Press release', url: 'https://example.org/press' }
])

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
      const choice = chooseSource(input, library)
      expect(choice.kind).toBe('refused')
      expect(choice.kind === 'refused' && choice.message.length > 0).toBe(true)
    }
    expect(chooseSource('javascript:alert(1)', library)).toMatchObject({
      message: expect.stringMatching(/http/) as unknown
    })
  })
})
