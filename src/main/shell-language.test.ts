import { describe, expect, it } from 'vitest'
import { createShellLanguage, systemLocale } from './shell-language'

function system(preferred: string[], appLocale = 'en-US') {
  const asked: string[] = []
  return {
    asked,
    languages: {
      preferred: () => preferred,
      appLocale: () => {
        asked.push('appLocale')
        return appLocale
      }
    }
  }
}

describe('systemLocale', () => {
  it('takes the first preferred system language Claimdesk speaks', () => {
    expect(systemLocale(system(['de-AT', 'en-GB']).languages)).toBe('de')
    expect(systemLocale(system(['fr-FR', 'de-DE']).languages)).toBe('de')
    expect(systemLocale(system(['en-US', 'de-DE']).languages)).toBe('en')
  })

  it('speaks English when the system prefers neither language', () => {
    expect(systemLocale(system(['fr-FR', 'it-IT'], 'de').languages)).toBe('en')
  })

  it('asks for the app locale only when the system lists no preferences', () => {
    const withPreferences = system(['de-CH'])
    systemLocale(withPreferences.languages)
    expect(withPreferences.asked).toEqual([])
    expect(systemLocale(system([], 'de').languages)).toBe('de')
    expect(systemLocale(system([], 'pt-BR').languages)).toBe('en')
  })
})

describe('createShellLanguage', () => {
  it('starts in the given language and switches when the page shows another', () => {
    const language = createShellLanguage('de')
    expect(language.current()).toBe('de')
    expect(language.text().t('menu.file.label')).toBe('Datei')
    expect(language.show('de')).toBe(false)
    expect(language.show('en')).toBe(true)
    expect(language.current()).toBe('en')
    expect(language.text().t('menu.file.label')).toBe('File')
  })
})
