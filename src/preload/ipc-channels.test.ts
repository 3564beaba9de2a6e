import { describe, expect, it } from 'vitest'
import { isMenuCommand } from './ipc-channels'

describe('isMenuCommand', () => {
  it('accepts only the menu commands the page knows', () => {
    expect(isMenuCommand('export')).toBe(true)
    expect(isMenuCommand('open-briefing')).toBe(true)
    expect(isMenuCommand('quit')).toBe(false)
    expect(isMenuCommand({ command: 'export' })).toBe(false)
  })
})
