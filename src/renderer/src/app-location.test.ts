import { describe, expect, it } from 'vitest'
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
    expect(invalidRoomMessage('a/b')).toMatch(/letters|digits/i)
  })
})
