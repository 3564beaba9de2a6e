import { describe, expect, it } from 'vitest'
import { serverChoiceLabel } from './sync-server-label'

describe('serverChoiceLabel', () => {
  it('names the embedded server "This computer" and a team server by its address', () => {
    expect(serverChoiceLabel({ kind: 'this-computer', url: 'http://127.0.0.1:4567/' })).toBe(
      'This computer'
    )
    expect(serverChoiceLabel({ kind: 'team', url: 'http://newsroom.local:4567' })).toBe(
      'http://newsroom.local:4567'
    )
  })
})
