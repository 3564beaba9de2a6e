import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import type { Translator } from '../core/i18n/translator'
import { english, translator } from '../core/i18n/translator'
import type { MenuCommand } from '../preload/api'
import { buildAppMenuTemplate } from './app-menu'

const german = translator('de')

function template(
  platform: string,
  text: Translator = english,
  sent: MenuCommand[] = []
): MenuItemConstructorOptions[] {
  return buildAppMenuTemplate({
    platform,
    appName: 'Claimdesk',
    sendCommand: (command) => sent.push(command),
    text
  })
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return item?.submenu as MenuItemConstructorOptions[]
}

function fileMenu(platform: string, sent: MenuCommand[] = []): MenuItemConstructorOptions[] {
  return submenu(template(platform, english, sent).find((item) => item.label === 'File'))
}

function click(item: MenuItemConstructorOptions | undefined): void {
  ;(item?.click as (() => void) | undefined)?.()
}

/** Each item as its label, separators as "—", submenus nested. */
function labels(items: MenuItemConstructorOptions[]): unknown[] {
  return items.map((item) =>
    item.type === 'separator'
      ? '—'
      : item.submenu
        ? { [item.label ?? '']: labels(submenu(item)) }
        : item.label
  )
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
    const mac = template('darwin')
    expect(mac[0]).toMatchObject({ label: 'Claimdesk', role: 'appMenu' })
    expect(fileMenu('darwin').at(-1)).toEqual({ role: 'close', label: 'Close Window' })
    const linux = template('linux')
    expect(linux[0]?.label).toBe('File')
    expect(fileMenu('linux').at(-1)).toEqual({ role: 'quit', label: 'Quit' })
    expect(fileMenu('win32').at(-1)).toEqual({ role: 'quit', label: 'Exit' })
    expect(linux.map((item) => item.role ?? item.label)).toEqual([
      'File',
      'editMenu',
      'viewMenu',
      'windowMenu'
    ])
  })

  it('labels the standard roles in English as Electron itself does', () => {
    expect(labels(template('linux'))).toEqual([
      { File: ['Open briefing…', 'Export…', '—', 'Quit'] },
      { Edit: ['Undo', 'Redo', '—', 'Cut', 'Copy', 'Paste', 'Delete', '—', 'Select All'] },
      {
        View: [
          'Reload',
          'Force Reload',
          'Toggle Developer Tools',
          '—',
          'Actual Size',
          'Zoom In',
          'Zoom Out',
          '—',
          'Toggle Full Screen'
        ]
      },
      { Window: ['Minimize', 'Zoom', 'Close'] }
    ])
    const mac = template('darwin')
    expect(labels(submenu(mac[0]))).toEqual([
      'About Claimdesk',
      '—',
      'Services',
      '—',
      'Hide Claimdesk',
      'Hide Others',
      'Show All',
      '—',
      'Quit Claimdesk'
    ])
    expect(labels(submenu(mac.at(-1)))).toEqual(['Minimize', 'Zoom', '—', 'Bring All to Front'])
  })

  it('gives every item a label and keeps every role', () => {
    const walk = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
      items.flatMap((item) => [item, ...(item.submenu ? walk(submenu(item)) : [])])
    for (const platform of ['darwin', 'linux', 'win32']) {
      const items = walk(template(platform, german)).filter((item) => item.type !== 'separator')
      expect(items.filter((item) => !item.label)).toEqual([])
      expect(walk(template(platform, german)).map((item) => item.role)).toEqual(
        walk(template(platform)).map((item) => item.role)
      )
    }
  })

  it('speaks German with the same commands and accelerators', () => {
    const sent: MenuCommand[] = []
    const linux = template('linux', german, sent)
    expect(labels(linux)).toEqual([
      { Datei: ['Briefing öffnen…', 'Exportieren…', '—', 'Beenden'] },
      {
        Bearbeiten: [
          'Rückgängig machen',
          'Wiederholen',
          '—',
          'Ausschneiden',
          'Kopieren',
          'Einfügen',
          'Löschen',
          '—',
          'Alles auswählen'
        ]
      },
      {
        Ansicht: [
          'Neu laden',
          'Neu laden erzwingen',
          'Entwicklerwerkzeuge ein-/ausblenden',
          '—',
          'Originalgröße',
          'Vergrößern',
          'Verkleinern',
          '—',
          'Vollbild ein-/ausschalten'
        ]
      },
      { Fenster: ['Minimieren', 'Zoomen', 'Schließen'] }
    ])
    const [open, exportItem] = submenu(linux[0])
    expect(open?.accelerator).toBe('CmdOrCtrl+O')
    expect(exportItem?.accelerator).toBe('CmdOrCtrl+E')
    click(open)
    click(exportItem)
    expect(sent).toEqual(['open-briefing', 'export'])
    const mac = template('darwin', german)
    expect(submenu(mac[0]).at(-1)).toEqual({ role: 'quit', label: 'Claimdesk beenden' })
    expect(submenu(mac[1]).at(-1)).toEqual({ role: 'close', label: 'Fenster schließen' })
  })
})
