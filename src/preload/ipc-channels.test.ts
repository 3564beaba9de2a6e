import { describe, expect, it } from 'vitest'
import { ipcChannels, isMenuCommand, menuCommandChannel } from './ipc-channels'

describe('isMenuCommand', () => {
  it('accepts only the menu commands the page knows', () => {
    expect(isMenuCommand('export')).toBe(true)
    expect(isMenuCommand('open-briefing')).toBe(true)
    expect(isMenuCommand('quit')).toBe(false)
    expect(isMenuCommand({ command: 'export' })).toBe(false)
  })
})

describe('ipcChannels', () => {
  it('names one distinct claimdesk: channel per operation, server choice included', () => {
    const channels = Object.values(ipcChannels)
    expect(new Set([...channels, menuCommandChannel]).size).toBe(channels.length + 1)
    for (const channel of channels) expect(channel).toMatch(/^claimdesk:[a-z-]+$/)
    expect(ipcChannels.getServerChoice).toBe('claimdesk:get-server-choice')
    expect(ipcChannels.chooseServer).toBe('claimdesk:choose-server')
  })
})
