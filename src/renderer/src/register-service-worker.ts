/**
 * Registers the app-shell service worker (built to /sw.js) so the app opens without the server.
 * Loaded by index.html beside the app. Skipped where service workers are unsupported and in
 * development, where Vite serves unhashed modules that must not be cached.
 */

/** The build version: this module's bundle name, which carries the build's content hash. */
function buildVersion(moduleUrl: string): string {
  const file = new URL(moduleUrl).pathname.split('/').pop() ?? ''
  return file.replace(/\.js$/, '')
}

/** Registers /sw.js?v=VERSION at the site root; a new build registers (and so installs) anew. */
export function registerAppShellWorker(win: Window, moduleUrl: string): void {
  const { serviceWorker } = win.navigator
  // `serviceWorker` is missing on insecure origins and in some embedded browsers.
  if (!('serviceWorker' in win.navigator) || !serviceWorker) return
  if (!/^https?:$/.test(win.location.protocol)) return
  const script = `/sw.js?v=${encodeURIComponent(buildVersion(moduleUrl))}`
  serviceWorker.register(script, { scope: '/' }).catch((error: unknown) => {
    // Offline opening is a convenience; the app works without it.
    console.warn('the offline app shell could not be installed', error)
  })
}

if (!import.meta.env.DEV) registerAppShellWorker(window, import.meta.url)
