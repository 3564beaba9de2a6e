import { describe, expect, it } from 'vitest'
import { translator } from '../../core/i18n/translator'
import { invalidRoomMessage, parseAppLocation, searchFor, shareLinkFor } from './app-location'

describe('app location', () => {
  it('reads the room and reviewer from the query string', () => {
    expect(parseAppLocation('?room=sample-briefing&user=Ada')).toMatchObject({
      room: 'sample-briefing',
      user: 'Ada'
    })
  })

  it('shares a link to the room without the reviewer name', () => {
    const link = shareLinkFor('http://127.0.0.1:1234', 'sample-briefing')
    expect(link).toBe('http://127.0.0.1:1234/?room=sample-briefing')
  })

  it('round-trips a room through searchFor', () => {
    const search = searchFor({ room: 'r-1', user: 'Bo b' })
    expect(parseAppLocation(search)).toMatchObject({ room: 'r-1', user: 'Bo b' })
  })

  it('explains why a room name is refused', () => {
    const en = translator('en')
    expect(en.text(invalidRoomMessage('a/b'))).toBe(
      '"a/b" is not a valid room name. Room names use only letters, digits, ".", "_" and "-", start with a letter or digit, and have at most 128 characters.'
    )
    expect(en.text(invalidRoomMessage(''))).toBe('Enter a room name to join.')
    expect(translator('de').text(invalidRoomMessage('a/b'))).toMatch(
      /^„a\/b“ ist kein gültiger Raumname\..*höchstens 128 Zeichen\.$/
    )
  })
})
