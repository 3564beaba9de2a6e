// The application menu as a plain template: File has "Open briefing…" and "Export…", which send a
// named command to the page; the rest are Electron's standard roles. Electron labels roles in
// English only, so every role item here carries its label in the menu's language; the role still
// gives it its behaviour, its accelerator and its native handling on macOS.
import type { MenuItemConstructorOptions } from 'electron'
import type { Translator } from '../core/i18n/translator'
import type { MenuCommand } from '../preload/api'

/** What the menu needs to know and do. */
export interface AppMenuOptions {
  /** `process.platform`; macOS gets the app menu and keeps Quit there. */
  readonly platform: string
  readonly appName: string
  /** Sends a command to the focused page. */
  readonly sendCommand: (command: MenuCommand) => void
  /** The language of every label. */
  readonly text: Translator
}

type Role = NonNullable<MenuItemConstructorOptions['role']>
type T = Translator['t']

const separator: MenuItemConstructorOptions = { type: 'separator' }

/** The menu template for `Menu.buildFromTemplate`. */
export function buildAppMenuTemplate(options: AppMenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin'
  const { t } = options.text
  return [
    ...(isMac ? [appMenu(t, options.appName)] : []),
    fileMenu(options),
    editMenu(t, isMac),
    viewMenu(t),
    windowMenu(t, isMac)
  ]
}

function roleItem(role: Role, label: string): MenuItemConstructorOptions {
  return { role, label }
}

function appMenu(t: T, appName: string): MenuItemConstructorOptions {
  return {
    label: appName,
    role: 'appMenu',
    submenu: [
      roleItem('about', t('menu.app.about', { appName })),
      separator,
      roleItem('services', t('menu.app.services')),
      separator,
      roleItem('hide', t('menu.app.hide', { appName })),
      roleItem('hideOthers', t('menu.app.hideOthers')),
      roleItem('unhide', t('menu.app.showAll')),
      separator,
      roleItem('quit', t('menu.app.quit', { appName }))
    ]
  }
}

function fileMenu({
  platform,
  sendCommand,
  text: { t }
}: AppMenuOptions): MenuItemConstructorOptions {
  const last =
    platform === 'darwin'
      ? roleItem('close', t('menu.file.closeWindow'))
      : roleItem('quit', platform === 'win32' ? t('menu.file.exit') : t('menu.file.quit'))
  return {
    label: t('menu.file.label'),
    submenu: [
      {
        label: t('menu.file.openBriefing'),
        accelerator: 'CmdOrCtrl+O',
        click: () => sendCommand('open-briefing')
      },
      {
        label: t('menu.file.export'),
        accelerator: 'CmdOrCtrl+E',
        click: () => sendCommand('export')
      },
      separator,
      last
    ]
  }
}

function editMenu(t: T, isMac: boolean): MenuItemConstructorOptions {
  const macOnly: MenuItemConstructorOptions[] = [
    roleItem('pasteAndMatchStyle', t('menu.edit.pasteAndMatchStyle')),
    roleItem('delete', t('menu.edit.delete')),
    roleItem('selectAll', t('menu.edit.selectAll')),
    separator,
    {
      label: t('menu.edit.substitutions.label'),
      submenu: [
        roleItem('showSubstitutions', t('menu.edit.substitutions.show')),
        separator,
        roleItem('toggleSmartQuotes', t('menu.edit.substitutions.smartQuotes')),
        roleItem('toggleSmartDashes', t('menu.edit.substitutions.smartDashes')),
        roleItem('toggleTextReplacement', t('menu.edit.substitutions.textReplacement'))
      ]
    },
    {
      label: t('menu.edit.speech.label'),
      submenu: [
        roleItem('startSpeaking', t('menu.edit.speech.start')),
        roleItem('stopSpeaking', t('menu.edit.speech.stop'))
      ]
    }
  ]
  const elsewhere: MenuItemConstructorOptions[] = [
    roleItem('delete', t('menu.edit.delete')),
    separator,
    roleItem('selectAll', t('menu.edit.selectAll'))
  ]
  return {
    label: t('menu.edit.label'),
    role: 'editMenu',
    submenu: [
      roleItem('undo', t('menu.edit.undo')),
      roleItem('redo', t('menu.edit.redo')),
      separator,
      roleItem('cut', t('menu.edit.cut')),
      roleItem('copy', t('menu.edit.copy')),
      roleItem('paste', t('menu.edit.paste')),
      ...(isMac ? macOnly : elsewhere)
    ]
  }
}

function viewMenu(t: T): MenuItemConstructorOptions {
  return {
    label: t('menu.view.label'),
    role: 'viewMenu',
    submenu: [
      roleItem('reload', t('menu.view.reload')),
      roleItem('forceReload', t('menu.view.forceReload')),
      roleItem('toggleDevTools', t('menu.view.toggleDevTools')),
      separator,
      roleItem('resetZoom', t('menu.view.actualSize')),
      roleItem('zoomIn', t('menu.view.zoomIn')),
      roleItem('zoomOut', t('menu.view.zoomOut')),
      separator,
      roleItem('togglefullscreen', t('menu.view.toggleFullScreen'))
    ]
  }
}

function windowMenu(t: T, isMac: boolean): MenuItemConstructorOptions {
  return {
    label: t('menu.window.label'),
    role: 'windowMenu',
    submenu: [
      roleItem('minimize', t('menu.window.minimize')),
      roleItem('zoom', t('menu.window.zoom')),
      ...(isMac
        ? [separator, roleItem('front', t('menu.window.bringAllToFront'))]
        : [roleItem('close', t('menu.window.close'))])
    ]
  }
}
