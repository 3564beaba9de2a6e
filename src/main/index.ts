// Composition root of the main process: wires Electron's side effects into the
// plain modules beside this file. Logic belongs in those modules, not here.
import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { BrowserWindow, Menu, app, dialog, ipcMain, net, session, shell } from 'electron'
import type { Translator } from '../core/i18n/translator'
import type { MenuCommand } from '../preload/api'
import { menuCommandChannel } from '../preload/ipc-channels'
import { buildAppMenuTemplate } from './app-menu'
import { createSettingsStore } from './app-settings'
import type { EmbeddedServer } from './embedded-server'
import { resolveNodePath, startEmbeddedServer } from './embedded-server'
import { formatRememberedPort, parseRememberedPort, startOnRememberedPort } from './server-port'
import type { ExportSaveDependencies } from './export-files'
import { createIpcHandlers, registerIpcHandlers } from './ipc-handlers'
import { isAllowedPrintRequest, printWindowPreferences, renderHtmlToPdf } from './pdf-renderer'
import { createServerSelection } from './server-choice'
import { PROBE_TIMEOUT_MS, probeTeamServer } from './team-server-probe'
import { signInStep } from './provider-sign-in'
import type { ShellLanguage } from './shell-language'
import { createShellLanguage, systemLocale } from './shell-language'
import {
  ISOLATED_WEB_PREFERENCES,
  contentSecurityPolicy,
  guardNavigation,
  hardenedWebPreferences,
  originOf,
  secureSession
} from './window-security'

const SERVER_START_TIMEOUT_MS = 20_000
const PRINT_PARTITION = 'claimdesk-print'

/** Starts the server, secures the session and opens the window; menus and dialogs speak `language`. */
async function startApp(language: ShellLanguage): Promise<void> {
  const portFile = join(app.getPath('userData'), 'server-port.json')
  const portMemory = {
    read: () => parseRememberedPort(readTextIfPresent(portFile)),
    write: (port: number) => writeFileSync(portFile, formatRememberedPort(port))
  }
  const devPageOrigin = originOf(process.env['ELECTRON_RENDERER_URL'] ?? '')
  const startOn = (port: number) =>
    startEmbeddedServer({
      spawn,
      nodePath: resolveNodePath(process.env),
      serverScript: join(__dirname, 'server.js'),
      dataDir: join(app.getPath('userData'), 'rooms'),
      staticDir: join(__dirname, '../renderer'),
      timeoutMs: SERVER_START_TIMEOUT_MS,
      port,
      // Under electron-vite dev the page comes from the Vite server, another origin.
      allowedOrigins: devPageOrigin ? [devPageOrigin] : [],
      onLog: (line) => process.stderr.write(`[server] ${line}\n`),
      onUnexpectedExit: (reason) =>
        dialog.showErrorBox(language.text().t('menu.startup.serverStopped'), reason),
      text: language.text
    })
  const server = await startOnRememberedPort(startOn, portMemory, (reason) =>
    process.stderr.write(`[server] ${reason}\n`)
  )
  stopServerOnQuit(server)

  const window = new BrowserWindow({
    title: 'Claimdesk',
    width: 1280,
    height: 860,
    show: false,
    webPreferences: hardenedWebPreferences(join(__dirname, '../preload/index.js'))
  })
  const settingsFile = join(app.getPath('userData'), 'settings.json')
  // SECURITY: with a team server chosen, the window loads that server's pages, and they
  // get the preload's operations: opening a briefing file the user picks and saving an
  // export where the user chooses. Both are user-mediated, and only a server the user
  // chose (probed as Claimdesk when chosen) is ever loaded; navigation, CSP and IPC
  // accept only the current server's origin, never the previous one.
  const selection = createServerSelection({
    embeddedServerUrl: server.url,
    // Under electron-vite dev the page comes from the Vite server, another origin.
    embeddedPageUrl: process.env['ELECTRON_RENDERER_URL'] ?? server.url,
    settings: createSettingsStore({
      read: () => readTextIfPresent(settingsFile),
      write: (text) => writeFileSync(settingsFile, text)
    }),
    // Chromium's network stack, so the probe sees the same proxy and certificates as the window.
    probe: (origin) =>
      probeTeamServer(
        (url, init) => net.fetch(url, init),
        origin,
        PROBE_TIMEOUT_MS,
        language.text()
      ),
    loadPage: (url) => window.loadURL(url),
    notify: (message) =>
      void dialog.showMessageBox(window, {
        type: 'warning',
        message,
        buttons: [language.text().t('menu.dialog.ok')]
      }),
    text: language.text
  })
  const signInWindows = new Set<number>()
  secureSession(
    session.defaultSession,
    () => contentSecurityPolicy(selection.policyOrigins()),
    (id) => id !== undefined && signInWindows.has(id)
  )
  guardNavigation(
    window.webContents,
    selection.pageOrigin,
    (url) => shell.openExternal(url),
    (url) => openProviderSignIn(window, url, selection.pageOrigin(), signInWindows, language.text())
  )
  window.once('ready-to-show', () => window.show())
  const sendCommand = (command: MenuCommand): void =>
    window.webContents.send(menuCommandChannel, command)
  const setMenu = (): void =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildAppMenuTemplate({
          platform: process.platform,
          appName: app.getName(),
          sendCommand,
          text: language.text()
        })
      )
    )
  // Handlers go in before the page loads, so its first call cannot race them.
  const handlers = createIpcHandlers({
    serverUrl: () => selection.current().url,
    showOpenDialog: (options) => dialog.showOpenDialog(window, options),
    exports: await exportDependencies(window),
    serverChoice: selection.current,
    chooseServer: selection.choose,
    text: language.text,
    showLanguage: (locale) => {
      if (language.show(locale)) setMenu()
    }
  })
  registerIpcHandlers(ipcMain, handlers, selection.pageOrigin)
  setMenu()
  await selection.openInitialPage()
}

/**
 * The identity provider's pages in a window of their own (provider-sign-in.ts): isolated,
 * no preload, no app CSP, the app's cookie jar. Once the server sends it on into the app,
 * the window closes and the app window loads there, signed in.
 */
function openProviderSignIn(
  parent: BrowserWindow,
  url: string,
  serverOrigin: string,
  signInWindows: Set<number>,
  text: Translator
): void {
  const signIn = new BrowserWindow({
    parent,
    modal: true,
    width: 560,
    height: 720,
    title: text.t('menu.signIn.windowTitle'),
    webPreferences: { ...ISOLATED_WEB_PREFERENCES }
  })
  const id = signIn.webContents.id
  signInWindows.add(id)
  signIn.once('closed', () => signInWindows.delete(id))
  const handle = (event: { url: string; preventDefault(): void }): void => {
    const step = signInStep(event.url, serverOrigin)
    if (step.kind === 'continue') return
    event.preventDefault()
    if (step.kind === 'finish') {
      signIn.close()
      void parent.loadURL(step.url)
    }
  }
  signIn.webContents.on('will-navigate', handle)
  signIn.webContents.on('will-redirect', handle)
  signIn.webContents.on('will-attach-webview', (event) => event.preventDefault())
  signIn.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  void signIn.loadURL(url)
}

/** Save dialogs and files for exports; PDFs render in a script-less window of their own session. */
async function exportDependencies(window: BrowserWindow): Promise<ExportSaveDependencies> {
  const printRoot = join(app.getPath('temp'), 'claimdesk-print')
  await mkdir(printRoot, { recursive: true, mode: 0o700 })
  const printRootUrl = `${pathToFileURL(printRoot).href}/`
  const printSession = session.fromPartition(PRINT_PARTITION)
  printSession.webRequest.onBeforeRequest(({ url }, callback) =>
    callback({ cancel: !isAllowedPrintRequest(url, printRootUrl) })
  )
  printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  return {
    showSaveDialog: (options) => dialog.showSaveDialog(window, options),
    writeFile: (path, bytes) => writeFile(path, bytes),
    defaultDirectory: () => app.getPath('documents'),
    renderPdf: (html) =>
      renderHtmlToPdf(
        {
          createWindow: () =>
            new BrowserWindow({
              show: false,
              webPreferences: printWindowPreferences(PRINT_PARTITION)
            }),
          writeTempHtml: async (text) => {
            const folder = await mkdtemp(join(printRoot, 'export-'))
            const path = join(folder, 'export.html')
            await writeFile(path, text, { encoding: 'utf8', mode: 0o600 })
            return path
          },
          removeTemp: (path) => rm(join(path, '..'), { recursive: true, force: true })
        },
        html
      )
  }
}

/** Holds the quit until the server has shut down cleanly. */
function stopServerOnQuit(server: EmbeddedServer): void {
  let stopped = false
  app.on('will-quit', (event) => {
    if (stopped) return
    event.preventDefault()
    void server.stop().finally(() => {
      stopped = true
      app.quit()
    })
  })
}

function focusExistingWindow(): void {
  const [window] = BrowserWindow.getAllWindows()
  if (!window) return
  if (window.isMinimized()) window.restore()
  window.focus()
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.enableSandbox()
  app.on('second-instance', focusExistingWindow)
  app.on('window-all-closed', () => app.quit())
  void app.whenReady().then(async () => {
    // The system's language until the page says which one it shows (`showLanguage`).
    const language = createShellLanguage(
      systemLocale({
        preferred: () => app.getPreferredSystemLanguages(),
        appLocale: () => app.getLocale()
      })
    )
    try {
      await startApp(language)
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      dialog.showErrorBox(language.text().t('menu.startup.failed'), reason)
      app.quit()
    }
  })
}

function readTextIfPresent(path: string): string | null {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return null
  }
}
