import { describe, expect, it } from 'vitest'
import type {
  GuardedContents,
  PreventableEvent,
  ResponseHeaders,
  SecuredSession
} from './window-security'
import {
  contentSecurityPolicy,
  externalHttpUrl,
  guardNavigation,
  hardenedWebPreferences,
  secureSession,
  withContentSecurityPolicy
} from './window-security'

const APP_ORIGIN = 'http://127.0.0.1:4567'

type Listener = (event: PreventableEvent & { url: string }) => void

/** A stand-in for WebContents that records listeners and lets a test fire events. */
function fakeContents() {
  const listeners = new Map<string, Listener[]>()
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener])
      return contents
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }) {
      openHandler = handler
    }
  }
  return {
    contents: contents as GuardedContents,
    /** Fires `event` and tells whether some listener prevented it. */
    emit: (event: string, url = ''): boolean => {
      let prevented = false
      const payload = { url, preventDefault: () => (prevented = true) }
      for (const listener of listeners.get(event) ?? []) listener(payload)
      return prevented
    },
    open: (url: string) => openHandler?.({ url })
  }
}

function guarded(allowedOrigin: () => string = () => APP_ORIGIN) {
  const opened: string[] = []
  const fake = fakeContents()
  guardNavigation(fake.contents, allowedOrigin, (url) => {
    opened.push(url)
    return Promise.resolve()
  })
  return { ...fake, opened }
}

describe('hardenedWebPreferences', () => {
  it('isolates and sandboxes the renderer', () => {
    expect(hardenedWebPreferences('/app/preload.js')).toMatchObject({
      preload: '/app/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false
    })
  })
})

describe('guardNavigation', () => {
  it('hands a sign-in through the identity provider to its own window', () => {
    const fake = fakeContents()
    const signIns: string[] = []
    guardNavigation(
      fake.contents,
      () => APP_ORIGIN,
      () => Promise.resolve(),
      (url) => signIns.push(url)
    )
    expect(fake.emit('will-navigate', `${APP_ORIGIN}/sign-in/oidc?next=%2F`)).toBe(true)
    expect(signIns).toEqual([`${APP_ORIGIN}/sign-in/oidc?next=%2F`])
    // The password form stays in the app window.
    expect(fake.emit('will-navigate', `${APP_ORIGIN}/sign-in`)).toBe(false)
    expect(signIns).toHaveLength(1)
  })

  it('allows navigation within the app origin', () => {
    const { emit } = guarded()
    expect(emit('will-navigate', `${APP_ORIGIN}/room/abc`)).toBe(false)
    expect(emit('will-redirect', `${APP_ORIGIN}/`)).toBe(false)
  })

  it('prevents navigation and redirects to any other origin', () => {
    const { emit } = guarded()
    expect(emit('will-navigate', 'https://example.com/')).toBe(true)
    expect(emit('will-navigate', 'http://127.0.0.1:4568/')).toBe(true)
    expect(emit('will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(emit('will-navigate', 'not a url')).toBe(true)
    expect(emit('will-redirect', 'https://evil.example/')).toBe(true)
  })

  it('follows the allowed origin when the sync server changes', () => {
    const team = 'http://newsroom.local:4567'
    let current = APP_ORIGIN
    const { emit } = guarded(() => current)
    expect(emit('will-navigate', `${team}/`)).toBe(true)
    current = team
    expect(emit('will-navigate', `${team}/`)).toBe(false)
    expect(emit('will-redirect', `${team}/?room=abc`)).toBe(false)
    expect(emit('will-navigate', `${APP_ORIGIN}/`)).toBe(true)
    expect(emit('will-navigate', 'http://newsroom.local:4568/')).toBe(true)
  })

  it('prevents attaching webviews', () => {
    expect(guarded().emit('will-attach-webview')).toBe(true)
  })

  it('denies new windows and hands http(s) links to the browser', () => {
    const { open, opened } = guarded()
    expect(open('https://example.com/source?id=1')).toEqual({ action: 'deny' })
    expect(open('http://example.org')).toEqual({ action: 'deny' })
    expect(opened).toEqual(['https://example.com/source?id=1', 'http://example.org/'])
  })

  it('ignores links with other schemes', () => {
    const { open, opened } = guarded()
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', '']) {
      expect(open(url)).toEqual({ action: 'deny' })
    }
    expect(opened).toEqual([])
  })
})

describe('externalHttpUrl', () => {
  it('refuses URLs that carry credentials', () => {
    expect(externalHttpUrl('https://user:pw@example.com/')).toBeNull()
  })
})

describe('contentSecurityPolicy', () => {
  it('allows only the app itself and its sync socket', () => {
    const policy = contentSecurityPolicy({ serverOrigin: APP_ORIGIN })
    expect(policy).toContain("script-src 'self';")
    expect(policy).toContain(`connect-src 'self' ${APP_ORIGIN} ws://127.0.0.1:4567;`)
    expect(policy).toContain("object-src 'none'")
    expect(policy).not.toContain('unsafe-eval')
  })

  it('lets the Vite dev server in during development', () => {
    const policy = contentSecurityPolicy({
      serverOrigin: APP_ORIGIN,
      devServerOrigin: 'http://localhost:5173'
    })
    expect(policy).toContain("script-src 'self' http://localhost:5173 'unsafe-inline';")
    expect(policy).toContain('ws://localhost:5173')
  })

  it('lets a team server in, with ws: for http and wss: for https', () => {
    const plain = contentSecurityPolicy({ serverOrigin: 'http://newsroom.local:4567' })
    expect(plain).toContain(
      "connect-src 'self' http://newsroom.local:4567 ws://newsroom.local:4567;"
    )
    const secure = contentSecurityPolicy({ serverOrigin: 'https://claims.example.org' })
    expect(secure).toContain(
      "connect-src 'self' https://claims.example.org wss://claims.example.org;"
    )
    expect(secure).toContain("script-src 'self';")
    // The team server's sign-in form posts to the server itself, and nowhere else.
    expect(secure).toContain("form-action 'self';")
  })
})

describe('withContentSecurityPolicy', () => {
  it('adds a policy beside the one the server sent', () => {
    const headers = { 'content-security-policy': ["default-src 'self'"], 'content-type': ['x'] }
    expect(withContentSecurityPolicy(headers, 'ours')).toEqual({
      'content-security-policy': ["default-src 'self'", 'ours'],
      'content-type': ['x']
    })
    expect(headers['content-security-policy']).toEqual(["default-src 'self'"])
  })

  it('creates the header when there is none', () => {
    expect(withContentSecurityPolicy(undefined, 'ours')).toEqual({
      'Content-Security-Policy': ['ours']
    })
  })
})

describe('secureSession', () => {
  it('leaves the provider sign-in window’s pages without the app’s CSP', () => {
    let listener:
      | ((
          details: { responseHeaders?: ResponseHeaders; webContentsId?: number },
          callback: (response: { responseHeaders: ResponseHeaders }) => void
        ) => void)
      | undefined
    const session: SecuredSession = {
      webRequest: { onHeadersReceived: (handler) => (listener = handler) },
      setPermissionRequestHandler: () => undefined,
      setPermissionCheckHandler: () => undefined
    }
    secureSession(
      session,
      () => "default-src 'self'",
      (id) => id === 7
    )
    const headersFor = (webContentsId: number) => {
      let result: ResponseHeaders = {}
      listener?.(
        { responseHeaders: {}, webContentsId },
        (response) => (result = response.responseHeaders)
      )
      return result
    }
    expect(headersFor(7)).toEqual({})
    expect(headersFor(1)).toEqual({ 'Content-Security-Policy': ["default-src 'self'"] })
  })

  it('adds the CSP to responses and denies every permission but clipboard writes', () => {
    let onHeaders: Parameters<SecuredSession['webRequest']['onHeadersReceived']>[0] | undefined
    let onRequest: Parameters<SecuredSession['setPermissionRequestHandler']>[0] | undefined
    let onCheck: Parameters<SecuredSession['setPermissionCheckHandler']>[0] | undefined
    let policy = 'the-policy'
    secureSession(
      {
        webRequest: { onHeadersReceived: (listener) => (onHeaders = listener) },
        setPermissionRequestHandler: (handler) => (onRequest = handler),
        setPermissionCheckHandler: (handler) => (onCheck = handler)
      },
      () => policy
    )
    let headers: unknown
    onHeaders?.({ responseHeaders: {} }, (response) => (headers = response.responseHeaders))
    expect(headers).toEqual({ 'Content-Security-Policy': ['the-policy'] })
    // Each response gets the policy for the sync server the window uses at that moment.
    policy = 'the-team-policy'
    onHeaders?.({ responseHeaders: {} }, (response) => (headers = response.responseHeaders))
    expect(headers).toEqual({ 'Content-Security-Policy': ['the-team-policy'] })
    let granted: boolean | undefined
    onRequest?.(null, 'media', (answer) => (granted = answer))
    expect(granted).toBe(false)
    onRequest?.(null, 'clipboard-sanitized-write', (answer) => (granted = answer))
    expect(granted).toBe(true)
    expect(onCheck?.(null, 'geolocation')).toBe(false)
    expect(onCheck?.(null, 'clipboard-read')).toBe(false)
    expect(onCheck?.(null, 'clipboard-sanitized-write')).toBe(true)
  })
})
