import { describe, expect, it } from 'vitest'
import { chooseLocale, createAppI18n } from './app-language'

describe('chooseLocale', () => {
  it('lets ?lang= win, then the remembered choice, then the system', () => {
    expect(chooseLocale({ forced: 'de', remembered: 'en', preferred: ['en'] })).toBe('de')
    expect(chooseLocale({ forced: null, remembered: 'de', preferred: ['en'] })).toBe('de')
    expect(chooseLocale({ forced: null, remembered: null, preferred: ['de-CH', 'en'] })).toBe('de')
  })

  it('ignores a forced value it does not speak', () => {
    expect(chooseLocale({ forced: 'fr', remembered: null, preferred: ['en-US'] })).toBe('en')
  })
})

describe('createAppI18n', () => {
  it('is ready at once and switches language', async () => {
    const i18n = createAppI18n('de')
    expect(i18n.t('common.language.label')).toBe('Sprache')
    await i18n.changeLanguage('en')
    expect(i18n.t('common.language.label')).toBe('Language')
  })
})
