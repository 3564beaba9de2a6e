import { describe, expect, it } from 'vitest'
import { translator } from '../core/i18n/translator'
import {
  DEFAULT_SETTINGS,
  createSettingsStore,
  formatAppSettings,
  parseAppSettings,
  teamServerOrigin
} from './app-settings'

describe('parseAppSettings', () => {
  it('reads a saved team server', () => {
    const text = '{ "teamServer": "http://newsroom.local:4567" }'
    expect(parseAppSettings(text)).toEqual({ teamServer: 'http://newsroom.local:4567' })
  })

  it('gives defaults for a missing, broken or unexpected file', () => {
    for (const text of [null, '', 'not json', '[]', 'null', '42', '{}', '{"teamServer":null}']) {
      expect(parseAppSettings(text)).toEqual(DEFAULT_SETTINGS)
    }
  })

  it('gives defaults for a team server that does not pass validation', () => {
    for (const teamServer of [
      'file:///etc/passwd',
      'http://u:p@host/',
      42,
      '',
      'javascript:alert(1)'
    ]) {
      expect(parseAppSettings(JSON.stringify({ teamServer }))).toEqual(DEFAULT_SETTINGS)
    }
  })

  it('reduces a saved address to its origin', () => {
    const text = JSON.stringify({ teamServer: 'https://claims.example.org/app?room=x' })
    expect(parseAppSettings(text)).toEqual({ teamServer: 'https://claims.example.org' })
  })

  it('round-trips what it formats', () => {
    const settings = { teamServer: 'http://10.0.0.5:4567' }
    expect(parseAppSettings(formatAppSettings(settings))).toEqual(settings)
    expect(parseAppSettings(formatAppSettings(DEFAULT_SETTINGS))).toEqual(DEFAULT_SETTINGS)
  })
})

describe('teamServerOrigin', () => {
  it('reduces an http(s) address to its origin', () => {
    expect(teamServerOrigin(' http://Newsroom.local:4567/room/x ')).toEqual({
      ok: true,
      origin: 'http://newsroom.local:4567'
    })
    expect(teamServerOrigin('https://claims.example.org:443/')).toEqual({
      ok: true,
      origin: 'https://claims.example.org'
    })
  })

  it('takes a bare host or host:port as http', () => {
    expect(teamServerOrigin('newsroom.local:4567')).toEqual({
      ok: true,
      origin: 'http://newsroom.local:4567'
    })
    expect(teamServerOrigin('10.0.0.5')).toEqual({ ok: true, origin: 'http://10.0.0.5' })
  })

  it('refuses empty input and non-strings', () => {
    for (const input of ['', '   ', null, undefined, 42, {}]) {
      const result = teamServerOrigin(input)
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.message).toMatch(/Enter the team server/)
    }
  })

  it('refuses other schemes', () => {
    for (const input of ['ftp://host/', 'file:///etc/passwd', 'ws://host:4567', 'mailto:a@b.c']) {
      expect(teamServerOrigin(input)).toEqual({
        ok: false,
        message: 'A team server address starts with http:// or https://.'
      })
    }
  })

  it('refuses credentials in the address', () => {
    expect(teamServerOrigin('http://reviewer:secret@newsroom.local/')).toEqual({
      ok: false,
      message: 'A team server address must not contain a user name or password.'
    })
  })

  it('refuses what is not an address', () => {
    const result = teamServerOrigin('http://exa mple.com')
    expect(result).toEqual({ ok: false, message: '“http://exa mple.com” is not a web address.' })
  })
})

describe('createSettingsStore', () => {
  it('loads through the injected file and writes formatted settings', () => {
    let text: string | null = null
    const store = createSettingsStore({ read: () => text, write: (next) => (text = next) })
    expect(store.load()).toEqual(DEFAULT_SETTINGS)
    store.save({ teamServer: 'http://newsroom.local:4567' })
    expect(text).toBe(formatAppSettings({ teamServer: 'http://newsroom.local:4567' }))
    expect(store.load()).toEqual({ teamServer: 'http://newsroom.local:4567' })
  })
})

describe('teamServerOrigin in German', () => {
  const german = translator('de')

  it('says what is wrong in German, with German quotation marks', () => {
    expect(teamServerOrigin('', german)).toEqual({
      ok: false,
      message: 'Geben Sie die Adresse des Teamservers ein, z. B. http://newsroom.local:4567.'
    })
    expect(teamServerOrigin('http://exa mple.com', german)).toEqual({
      ok: false,
      message: '„http://exa mple.com“ ist keine Webadresse.'
    })
    expect(teamServerOrigin('http://reviewer:secret@newsroom.local/', german)).toEqual({
      ok: false,
      message: 'Eine Teamserver-Adresse darf weder Benutzernamen noch Passwort enthalten.'
    })
  })
})
