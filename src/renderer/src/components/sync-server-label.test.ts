import { describe, expect, it } from 'vitest'
import { translator } from '../../../core/i18n/translator'
import { serverChoiceLabel } from './sync-server-label'

describe('serverChoiceLabel', () => {
  const thisComputer = { kind: 'this-computer', url: 'http://127.0.0.1:4567/' } as const
  const team = { kind: 'team', url: 'http://newsroom.local:4567' } as const

  it('names the embedded server "This computer" and a team server by its address', () => {
    const { t } = translator('en')
    expect(serverChoiceLabel(thisComputer, t)).toBe('This computer')
    expect(serverChoiceLabel(team, t)).toBe('http://newsroom.local:4567')
  })

  it('names the embedded server in German', () => {
    const { t } = translator('de')
    expect(serverChoiceLabel(thisComputer, t)).toBe('Dieser Computer')
    expect(serverChoiceLabel(team, t)).toBe('http://newsroom.local:4567')
  })
})
