// Hardening for the app window: web preferences, navigation guards and the
// session's Content-Security-Policy. Pure functions over narrow interfaces, so
// they are tested without Electron.
import type { WebPreferences } from 'electron'
import { startsProviderSignIn } from './provider-sign-in'

/** What every window of the app gets: isolated, sandboxed, no Node, no insecure content, no webviews. */
export const ISOLATED_WEB_PREFERENCES: Readonly<WebPreferences> = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false
}

/** Web preferences for the app window: isolated, sandboxed, no Node, no webviews. */
export function hardenedWebPreferences(preloadPath: string): WebPreferences {
  return { ...ISOLATED_WEB_PREFERENCES, preload: preloadPath, spellcheck: true }
}

/** The part of an Electron event that the guards use. */
export interface PreventableEvent {
  preventDefault(): void
}

/** A navigation event; Electron's carries the target URL as `url`. */
export interface NavigationEvent extends PreventableEvent {
  url: string
}

/** The part of `WebContents` that the navigation guard needs. */
export interface GuardedContents {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void
}

/** Opens a URL in the user's browser (Electron's `shell.openExternal`). */
export type OpenExternal = (url: string) => Promise<void>

/**
 * Keeps the window on the origin `allowedOrigin()` names at the time of each
 * navigation (it changes when the reviewer switches sync server); http(s) links
 * meant for new windows go to the browser.
 */
export function guardNavigation(
  contents: GuardedContents,
  allowedOrigin: () => string,
  openExternal: OpenExternal,
  /** Takes over a sign-in through the identity provider (see provider-sign-in.ts). */
  onProviderSignIn?: (url: string) => void
): void {
  const handleNavigation = (event: NavigationEvent): void => {
    if (originOf(event.url) !== allowedOrigin()) event.preventDefault()
  }
  contents.on('will-navigate', (event) => {
    if (onProviderSignIn && startsProviderSignIn(event.url, allowedOrigin())) {
      event.preventDefault()
      onProviderSignIn(event.url)
      return
    }
    handleNavigation(event)
  })
  contents.on('will-redirect', handleNavigation)
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalHttpUrl(url)
    // A failure to open the browser must not crash the main process.
    if (external) openExternal(external).catch(() => undefined)
    return { action: 'deny' }
  })
}

/** The origin of a URL, or null when it does not parse or has no origin. */
export function originOf(url: string): string | null {
  try {
    const origin = new URL(url).origin
    return origin === 'null' ? null : origin
  } catch {
    return null
  }
}

/** The normalised URL when it is a plain http(s) link without credentials, else null. */
export function externalHttpUrl(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null
  if (parsed.username || parsed.password) return null
  return parsed.href
}

/** The origins the app's pages may use. */
export interface PolicyOrigins {
  /** The sync server the page comes from: the embedded one (http://127.0.0.1:4567) or a team server. */
  serverOrigin: string
  /** The Vite dev server, only under `electron-vite dev`. */
  devServerOrigin?: string
}

/** The Content-Security-Policy the Electron session adds to every response. */
export function contentSecurityPolicy({ serverOrigin, devServerOrigin }: PolicyOrigins): string {
  const origins = [serverOrigin, devServerOrigin].filter((o): o is string => Boolean(o))
  // http: becomes ws:, https: becomes wss:.
  const sockets = origins.map((origin) => origin.replace(/^http/, 'ws'))
  // Vite's React refresh preamble is an inline script, so dev needs 'unsafe-inline'.
  const devScripts = devServerOrigin ? [devServerOrigin, "'unsafe-inline'"] : []
  const directives = [
    "default-src 'self'",
    ["script-src 'self'", ...devScripts].join(' '),
    // ProseMirror and TipTap set style attributes on nodes they render.
    ["style-src 'self' 'unsafe-inline'", ...origins].join(' '),
    ["connect-src 'self'", ...origins, ...sockets].join(' '),
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    // A team server's sign-in and invite pages post their forms to the server itself.
    "form-action 'self'",
    "frame-ancestors 'none'"
  ]
  return directives.join('; ')
}

/** Response headers as Electron's `onHeadersReceived` passes them. */
export type ResponseHeaders = Record<string, string[]>

/**
 * Adds `policy` to the response's CSP. A policy the server already sent stays:
 * browsers enforce every policy present, so the result is at least as strict as both.
 */
export function withContentSecurityPolicy(
  headers: ResponseHeaders | undefined,
  policy: string
): ResponseHeaders {
  const result: ResponseHeaders = { ...headers }
  const key =
    Object.keys(result).find((name) => name.toLowerCase() === 'content-security-policy') ??
    'Content-Security-Policy'
  result[key] = [...(result[key] ?? []), policy]
  return result
}

/** The part of Electron's `Session` that `secureSession` configures. */
export interface SecuredSession {
  webRequest: {
    onHeadersReceived(
      listener: (
        details: { responseHeaders?: ResponseHeaders; webContentsId?: number },
        callback: (response: { responseHeaders: ResponseHeaders }) => void
      ) => void
    ): void
  }
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void
  ): void
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void
}

/** The only permission the app asks for: writing a room link to the clipboard ("Copy link"). */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write'])

/**
 * Adds the CSP that `policy()` gives at the time of each response (it follows the
 * current sync server) and denies every other permission (camera, geolocation, ...).
 */
export function secureSession(
  session: SecuredSession,
  policy: () => string,
  /** Web contents that show other sites' pages (the provider sign-in window): no app CSP there. */
  exempt: (webContentsId: number | undefined) => boolean = () => false
): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    if (exempt(details.webContentsId)) {
      callback({ responseHeaders: { ...details.responseHeaders } })
      return
    }
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy()) })
  })
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(GRANTED_PERMISSIONS.has(permission))
  )
  session.setPermissionCheckHandler((_contents, permission) => GRANTED_PERMISSIONS.has(permission))
}
