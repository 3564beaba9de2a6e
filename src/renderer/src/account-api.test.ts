import { describe, expect, it } from 'vitest'
import { message } from '../../core/i18n/message'
import { translator } from '../../core/i18n/translator'
import { refusalOf } from './account-api'

describe('refusalOf', () => {
  it('keeps a reason from our catalogue, so it is shown in the reader’s language', () => {
    const reason = message('server.members.cannotRemoveSelf')
    const refusal = refusalOf({ error: 'you cannot remove yourself', reason }, 400)
    expect(refusal).toEqual(reason)
    expect(translator('de').text(refusal)).toBe('Sie können sich nicht selbst entfernen')
  })

  it('falls back to the English error for a reason it does not know, then to the status', () => {
    const foreign = refusalOf({ error: 'nope', reason: { key: 'made.up' } }, 400)
    expect(translator('en').text(foreign)).toBe('The server refused: nope')
    expect(refusalOf(null, 502)).toEqual(message('server.client.httpStatus', { status: 502 }))
  })

  it('refuses values a message’s text does not name', () => {
    const smuggled = { key: 'server.room.noSuchRoom', values: { lng: 'de' } }
    expect(refusalOf({ error: 'no such room', reason: smuggled }, 404)).toEqual(
      message('server.client.refused', { text: 'no such room' })
    )
  })
})
