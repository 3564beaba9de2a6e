import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import type { MenuCommand } from '../preload/api'
import { buildAppMenuTemplate } from './app-menu'

function fileMenu(platform: string, sent: MenuCommand[] = []): MenuItemConstructorOptions[] {
  const template = buildAppMenuTemplate({
    platform,
    appName: 'Claimdesk',
    sendCommand: (command) => sent.push(command)
  })
  const file = template.find((item) => item.label === 'File')
  return file?.submenu as MenuItemConstructorOptions[]
}

function click(item: MenuItemConstructorOptions | undefined): void {
  ;(item?.click as (() => void) | undefined)?.()
}

describe('buildAppMenuTemplate', () => {
  it('has File → Open briefing… and Export… (Cmd/Ctrl+E) sending named commands', () => {
    const sent: MenuCommand[] = []
    const items = fileMenu('linux', sent)
    const open = items.find((item) => item.label === 'Open briefing…')
    const exportItem = items.find((item) => item.label === 'Export…')
    expect(open?.accelerator).toBe('CmdOrCtrl+O')
    expect(exportItem?.accelerator).toBe('CmdOrCtrl+E')
    click(open)
    click(exportItem)
    expect(sent).toEqual(['open-briefing', 'export'])
  })

  it('puts the app menu first on macOS and Quit in File elsewhere', () => {
    const mac = buildAppMenuTemplate({
      platform: 'darwin',
      appName: 'Claimdesk',
      sendCommand: () => undefined
    })
    expect(mac[0]).toMatchObject({ label: 'Claimdesk', role: 'appMenu' })
    expect(fileMenu('darwin').at(-1)).toEqual({ role: 'close' })
    const linux = buildAppMenuTemplate({
      platform: 'linux',
      appName: 'Claimdesk',
      sendCommand: () => undefined
    })
    expect(linux[0]?.label).toBe('File')
    expect(fileMenu('win32').at(-1)).toEqual({ role: 'quit' })
    expect(linux.map((item) => item.role ?? item.label)).toEqual([
      'File',
      'editMenu',
      'viewMenu',
      'windowMenu'
    ])
  })
})
