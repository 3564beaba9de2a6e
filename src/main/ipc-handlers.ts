// The only door between the renderer and the main process: one handler per
// DesktopApi operation, each checking who calls and with what.
import { open } from 'node:fs/promises'
import { basename } from 'node:path'
import type { Locale } from '../core/i18n/locale'
import { isLocale } from '../core/i18n/locale'
import type { Translator } from '../core/i18n/translator'
import { english } from '../core/i18n/translator'
import type {
  ChooseServerOutcome,
  DesktopApi,
  OpenedBriefingFile,
  ServerChoice
} from '../preload/api'
import type { DesktopOperation } from '../preload/ipc-channels'
import { ipcChannels } from '../preload/ipc-channels'
import type { ExportSaveDependencies } from './export-files'
import { printPdfFile, saveExportFile } from './export-files'
import { originOf } from './window-security'

/** Largest briefing file we read: briefings are text, not archives. */
export const MAX_BRIEFING_BYTES = 2 * 1024 * 1024

/** The open-file dialog, as Electron's `dialog.showOpenDialog` answers it. */
export type ShowOpenDialog = (options: {
  title: string
  properties: Array<'openFile'>
  filters: Array<{ name: string; extensions: string[] }>
}) => Promise<{ canceled: boolean; filePaths: string[] }>

/** What the handlers need from the outside world. */
export interface IpcDependencies {
  /** The current sync server's URL: embedded, or the team server the window uses. */
  serverUrl: () => string
  showOpenDialog: ShowOpenDialog
  /** Save dialog, file writing and PDF rendering for exports. */
  exports: ExportSaveDependencies
  /** The current sync server. */
  serverChoice: () => ServerChoice
  /** Validates, probes, saves and switches; the argument is unchecked renderer input. */
  chooseServer: (request: unknown) => Promise<ChooseServerOutcome>
  /** The shell's language now: dialogs and the errors the page shows speak it. */
  text: () => Translator
  /** Rebuilds the menu in `locale` and speaks it in later dialogs. */
  showLanguage: (locale: Locale) => void
}

/** One handler per operation; arguments arrive unvalidated from the renderer. */
export type IpcHandlerMap = {
  [Operation in DesktopOperation]: (...args: unknown[]) => ReturnType<DesktopApi[Operation]>
}

/** Builds the handlers for every DesktopApi operation. */
export function createIpcHandlers(deps: IpcDependencies): IpcHandlerMap {
  return {
    getServerUrl: (...args) => {
      expectNoArguments('getServerUrl', args)
      return Promise.resolve(deps.serverUrl())
    },
    openBriefingFile: async (...args) => {
      expectNoArguments('openBriefingFile', args)
      const { t } = deps.text()
      const choice = await deps.showOpenDialog({
        title: t('menu.briefingFile.dialogTitle'),
        properties: ['openFile'],
        filters: [
          { name: t('menu.briefingFile.filterName'), extensions: ['txt', 'md', 'markdown'] }
        ]
      })
      const filePath = choice.filePaths[0]
      if (choice.canceled || !filePath) return null
      // Asked again: the page may have switched language while the dialog was open.
      return readBriefingFile(filePath, deps.text())
    },
    saveExport: (...args) =>
      saveExportFile(deps.exports, expectOneArgument('saveExport', args), deps.text()),
    printPdf: (...args) =>
      printPdfFile(deps.exports, expectOneArgument('printPdf', args), deps.text()),
    getServerChoice: (...args) => {
      expectNoArguments('getServerChoice', args)
      return Promise.resolve(deps.serverChoice())
    },
    chooseServer: (...args) => deps.chooseServer(expectOneArgument('chooseServer', args)),
    showLanguage: (...args) => {
      const locale = expectOneArgument('showLanguage', args)
      if (!isLocale(locale)) throw new Error('showLanguage takes "en" or "de".')
      deps.showLanguage(locale)
      return Promise.resolve()
    }
  }
}

/**
 * Reads a briefing as UTF-8 text, refusing large, binary or mis-encoded files with a message in
 * `text`'s language (the page shows it).
 */
export async function readBriefingFile(
  filePath: string,
  text: Translator = english
): Promise<OpenedBriefingFile> {
  const fileName = basename(filePath)
  const { t } = text
  const handle = await open(filePath, 'r')
  try {
    const { size } = await handle.stat()
    if (size > MAX_BRIEFING_BYTES) throw new Error(t('menu.briefingFile.tooLarge', { fileName }))
    const bytes = await handle.readFile()
    if (bytes.includes(0)) throw new Error(t('menu.briefingFile.binary', { fileName }))
    return { fileName, text: decodeUtf8(bytes, fileName, text) }
  } finally {
    await handle.close()
  }
}

function decodeUtf8(bytes: Uint8Array, fileName: string, { t }: Translator): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new Error(t('menu.briefingFile.notUtf8', { fileName }))
  }
}

function expectNoArguments(operation: DesktopOperation, args: unknown[]): void {
  if (args.length > 0) throw new Error(`${operation} takes no arguments.`)
}

function expectOneArgument(operation: DesktopOperation, args: unknown[]): unknown {
  if (args.length !== 1) throw new Error(`${operation} takes one request.`)
  return args[0]
}

/** The part of an IPC invoke event that identifies the caller. */
export interface IpcInvokeEvent {
  senderFrame: { url: string } | null
}

/** The part of Electron's `ipcMain` that registration uses. */
export interface IpcRegistry {
  handle(channel: string, listener: (event: IpcInvokeEvent, ...args: unknown[]) => unknown): void
}

/** Registers each handler on its channel, refusing callers outside the origin `appOrigin()` names now. */
export function registerIpcHandlers(
  ipc: IpcRegistry,
  handlers: IpcHandlerMap,
  appOrigin: () => string
): void {
  for (const operation of Object.keys(ipcChannels) as DesktopOperation[]) {
    ipc.handle(ipcChannels[operation], (event, ...args) => {
      const callerOrigin = event.senderFrame ? originOf(event.senderFrame.url) : null
      if (callerOrigin !== appOrigin()) {
        throw new Error(`Refused ${operation} from ${callerOrigin ?? 'an unknown frame'}.`)
      }
      return handlers[operation](...args)
    })
  }
}
