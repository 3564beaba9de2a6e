// Composition root of the main process: wires Electron's side effects into the
// plain modules beside this file. Logic belongs in those modules, not here.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { BrowserWindow, app, dialog, ipcMain, session, shell } from 'electron'
import type { EmbeddedServer } from './embedded-server'
import { resolveNodePath, startEmbeddedServer } from './embedded-server'
import { createIpcHandlers, registerIpcHandlers } from './ipc-handlers'
import {
  contentSecurityPolicy,
  guardNavigation,
  hardenedWebPreferences,
  originOf,
  secureSession
} from './window-security'

const SERVER_START_TIMEOUT_MS = 20_000

/** Starts the server, secures the session and opens the window. */
async function startApp(): Promise<void> {
  const server = await startEmbeddedServer({
    spawn,
    nodePath: resolveNodePath(process.env),
    serverScript: join(__dirname, 'server.js'),
    dataDir: join(app.getPath('userData'), 'rooms'),
    staticDir: join(__dirname, '../renderer'),
    timeoutMs: SERVER_START_TIMEOUT_MS,
    onLog: (line) => process.stderr.write(`[server] ${line}\n`),
    onUnexpectedExit: (reason) => dialog.showErrorBox('Claimdesk sync server stopped', reason)
  })
  stopServerOnQuit(server)

  const serverOrigin = requireOrigin(server.url)
  const devServerUrl = process.env['ELECTRON_RENDERER_URL']
  const pageUrl = devServerUrl ?? server.url
  const pageOrigin = requireOrigin(pageUrl)
  const devServerOrigin = devServerUrl ? pageOrigin : undefined
  secureSession(session.defaultSession, contentSecurityPolicy({ serverOrigin, devServerOrigin }))

  const window = new BrowserWindow({
    title: 'Claimdesk',
    width: 1280,
    height: 860,
    show: false,
    webPreferences: hardenedWebPreferences(join(__dirname, '../preload/index.js'))
  })
  guardNavigation(window.webContents, pageOrigin, (url) => shell.openExternal(url))
  window.once('ready-to-show', () => window.show())
  // Handlers go in before the page loads, so its first call cannot race them.
  const handlers = createIpcHandlers({
    serverUrl: server.url,
    showOpenDialog: (options) => dialog.showOpenDialog(window, options)
  })
  registerIpcHandlers(ipcMain, handlers, pageOrigin)
  await window.loadURL(pageUrl)
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

function requireOrigin(url: string): string {
  const origin = originOf(url)
  if (!origin) throw new Error(`Not a usable URL: ${url}`)
  return origin
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
  app
    .whenReady()
    .then(startApp)
    .catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error)
      dialog.showErrorBox('Claimdesk could not start', reason)
      app.quit()
    })
}
