import { describe, expect, it } from 'vitest'
import { OPEN_ACCESS, accessFor, readOnlyReason } from './room-access'

describe('room access in the UI', () => {
  it('lets an open server’s reviewer do everything, with no reason shown', () => {
    expect(OPEN_ACCESS.can('administer')).toBe(true)
    expect(readOnlyReason(OPEN_ACCESS)).toBeNull()
  })

  it('says why the text is read-only, and what a checker can still do', () => {
    expect(readOnlyReason(accessFor('viewer'))).toBe(
      'Read only: your role in this room is viewer; editing needs the editor role.'
    )
    expect(readOnlyReason(accessFor('checker'))).toContain('you can tag claims')
    expect(readOnlyReason(accessFor('editor'))).toBeNull()
    expect(accessFor('commenter').can('comment')).toBe(true)
    expect(accessFor('commenter').can('check')).toBe(false)
  })
})
