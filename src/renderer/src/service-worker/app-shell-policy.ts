/** Which requests the app-shell service worker answers from its cache: pure, so it is unit-tested. */

/** Prefix of every app-shell cache; one cache per build version. */
export const SHELL_CACHE_PREFIX = 'claimdesk-shell-'

/** How the worker treats a request. */
export type ShellRequestKind = 'page' | 'asset' | 'network'

/** The cache for one build version of the app. */
export function shellCacheName(version: string): string {
  return `${SHELL_CACHE_PREFIX}${version}`
}

/** The build version a worker was registered with (`/sw.js?v=VERSION`), or 'dev'. */
export function versionFromScriptUrl(scriptUrl: string): string {
  return new URL(scriptUrl).searchParams.get('v') || 'dev'
}

/**
 * The app page (any navigation; the room is in the query) and the hashed assets come from the
 * cache; everything else, above all the API and the sync socket, always goes to the network.
 */
export function classifyRequest(
  request: { readonly method: string; readonly url: string; readonly mode: string },
  origin: string
): ShellRequestKind {
  if (request.method !== 'GET') return 'network'
  const url = new URL(request.url)
  if (url.origin !== origin) return 'network'
  if (/^\/(api|sync)(\/|$)/.test(url.pathname) || url.pathname === '/healthz') return 'network'
  if (request.mode === 'navigate') return url.pathname === '/' ? 'page' : 'network'
  if (url.pathname.startsWith('/assets/')) return 'asset'
  return 'network'
}

/** The hashed assets an index.html loads (under assets/, written `./assets/…` or `/assets/…`). */
export function shellAssetPaths(html: string): string[] {
  const paths = [...html.matchAll(/(?:src|href)="\.?(\/assets\/[^"?#]+)"/g)].map((m) => m[1])
  return [...new Set(paths.filter((path): path is string => path !== undefined))]
}
