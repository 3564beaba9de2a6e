import { describe, expect, it } from 'vitest'
import { message } from './message'
import { english, translator } from './translator'

describe('translator', () => {
  it('reads a key in each language', () => {
    expect(english.t('common.language.label')).toBe('Language')
    expect(translator('de').t('common.language.label')).toBe('Sprache')
  })

  it('is made once per language', () => {
    expect(translator('de')).toBe(translator('de'))
  })

  it('renders messages placed inside messages', () => {
    const inner = message('common.language.label')
    expect(english.text(message('common.language.label', { unused: inner }))).toBe('Language')
  })
})
