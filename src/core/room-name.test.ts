import { describe, expect, it } from 'vitest'
import { isValidRoomName, roomNameForBriefing } from './room-name'

describe('isValidRoomName', () => {
  it.each(['sample-briefing', 'a', 'Room_1.v2', 'x'.repeat(128)])('accepts %j', (name) => {
    expect(isValidRoomName(name)).toBe(true)
  })

  it.each([
    '',
    '-leading',
    '.hidden',
    'has space',
    'a/b',
    '..',
    'ümlaut',
    'x'.repeat(129),
    'a%2Fb'
  ])('refuses %j', (name) => {
    expect(isValidRoomName(name)).toBe(false)
  })
})

describe('roomNameForBriefing', () => {
  it('slugs the file name and appends the suffix', () => {
    expect(roomNameForBriefing('Briefing Übersicht (final).md', 'AB12cd')).toBe(
      'briefing-ubersicht-final-ab12cd'
    )
  })

  it('always yields a valid room name, even from hostile file names', () => {
    for (const name of ['', '...', '../../etc/passwd', '💥.txt', 'x'.repeat(500)]) {
      expect(isValidRoomName(roomNameForBriefing(name, 'z9'))).toBe(true)
    }
  })
})
