// Signing in to a team server through its identity provider from the desktop app. The app
// window never leaves the server's origin (its pages get the preload's operations and the
// app's CSP), so the provider's pages open in a sign-in window of their own: no preload, no
// app CSP, the same cookie jar. Once the provider sends the browser back and the server has
// set its session cookie, the sign-in window closes and the app window loads where the
// server redirected. Pure decisions here; index.ts wires them to Electron.

const START_PATH = '/sign-in/oidc'

/** True when the app window is about to start a sign-in through the identity provider. */
export function startsProviderSignIn(url: string, serverOrigin: string): boolean {
  const parsed = parse(url)
  return parsed !== null && parsed.origin === serverOrigin && parsed.pathname === START_PATH
}

/** What the sign-in window does with one navigation or redirect. */
export type SignInStep =
  /** Load it here: the provider's pages, and the server's own sign-in routes. */
  | { readonly kind: 'continue' }
  /** Signed in: close this window and load `url` in the app window. */
  | { readonly kind: 'finish'; readonly url: string }
  /** Not a place a sign-in goes: refuse it. */
  | { readonly kind: 'refuse' }

/**
 * Decides a navigation of the sign-in window: the server's `/sign-in/oidc…` routes and any
 * https page (the provider and whatever it sends the user to) load there; anything else on
 * the server's origin means the sign-in is over. Plain http only on this machine.
 */
export function signInStep(url: string, serverOrigin: string): SignInStep {
  const parsed = parse(url)
  if (!parsed || parsed.username || parsed.password) return { kind: 'refuse' }
  if (parsed.origin === serverOrigin) {
    return parsed.pathname.startsWith(START_PATH)
      ? { kind: 'continue' }
      : { kind: 'finish', url: parsed.href }
  }
  if (parsed.protocol === 'https:') return { kind: 'continue' }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname)
  return parsed.protocol === 'http:' && loopback ? { kind: 'continue' } : { kind: 'refuse' }
}

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}
