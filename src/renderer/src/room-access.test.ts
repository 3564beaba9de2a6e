import { describe, expect, it } from 'vitest'
import { translator } from '../../core/i18n/translator'
import { OPEN_ACCESS, accessFor, readOnlyReason, type RoomAccess } from './room-access'

const reasonIn = (locale: 'en' | 'de', access: RoomAccess): string | null => {
  const reason = readOnlyReason(access)
  return reason && translator(locale).text(reason)
}

describe('room access in the UI', () => {
  it('lets an open server’s reviewer do everything, with no reason shown', () => {
    expect(OPEN_ACCESS.can('administer')).toBe(true)
    expect(readOnlyReason(OPEN_ACCESS)).toBeNull()
  })

  it('says why the text is read-only, and what a checker can still do', () => {
    expect(reasonIn('en', accessFor('viewer'))).toBe(
      'Read only: your role in this room is viewer; editing needs the editor role.'
    )
    expect(reasonIn('en', accessFor('checker'))).toContain('you can tag claims')
    expect(readOnlyReason(accessFor('editor'))).toBeNull()
    expect(accessFor('commenter').can('comment')).toBe(true)
    expect(accessFor('commenter').can('check')).toBe(false)
  })

  it('says so in German, naming the roles in German', () => {
    expect(reasonIn('de', accessFor('viewer'))).toBe(
      'Nur lesen: Ihre Rolle in diesem Raum ist Leser:in; zum Bearbeiten ist die Rolle Redakteur:in nötig.'
    )
    expect(reasonIn('de', accessFor('checker'))).toContain(
      'Prüfer:in: Sie können Behauptungen markieren'
    )
  })
})
