// The application menu as a plain template: File has "Open briefing…" and "Export…", which send a
// named command to the page; the rest are Electron's standard roles.
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../preload/api'

/** What the menu needs to know and do. */
export interface AppMenuOptions {
  /** `process.platform`; macOS gets the app menu and keeps Quit there. */
  readonly platform: string
  readonly appName: string
  /** Sends a command to the focused page. */
  readonly sendCommand: (command: MenuCommand) => void
}

/** The menu template for `Menu.buildFromTemplate`. */
export function buildAppMenuTemplate(options: AppMenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin'
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [{ label: options.appName, role: 'appMenu' }]
    : []
  const fileMenu: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      {
        label: 'Open briefing…',
        accelerator: 'CmdOrCtrl+O',
        click: () => options.sendCommand('open-briefing')
      },
      {
        label: 'Export…',
        accelerator: 'CmdOrCtrl+E',
        click: () => options.sendCommand('export')
      },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' }
    ]
  }
  return [...appMenu, fileMenu, { role: 'editMenu' }, { role: 'viewMenu' }, { role: 'windowMenu' }]
}
