/**
 * The app-shell service worker: the page and its hashed assets are served cache-first from a
 * cache named after the build, so a room opens with the server unreachable. It never caches the
 * API or the sync socket. Built to /sw.js (see electron.vite.config.ts); it must import nothing
 * that the app also imports, or the bundler would split a shared chunk a classic worker cannot load.
 */
import {
  SHELL_CACHE_PREFIX,
  classifyRequest,
  shellAssetPaths,
  shellCacheName,
  versionFromScriptUrl
} from './app-shell-policy'

// The renderer compiles against the DOM library, which lacks the worker's own event types.
interface ExtendableEventLike extends Event {
  waitUntil(work: Promise<unknown>): void
}
interface FetchEventLike extends ExtendableEventLike {
  readonly request: Request
  respondWith(response: Promise<Response>): void
}
interface WorkerScopeLike {
  readonly location: Location
  skipWaiting(): Promise<void>
  readonly clients: { claim(): Promise<void> }
  addEventListener(
    type: 'install' | 'activate',
    listener: (event: ExtendableEventLike) => void
  ): void
  addEventListener(type: 'fetch', listener: (event: FetchEventLike) => void): void
}

const worker = self as unknown as WorkerScopeLike
const cacheName = shellCacheName(versionFromScriptUrl(worker.location.href))
const PAGE = '/'

async function precacheShell(): Promise<void> {
  const cache = await caches.open(cacheName)
  const page = await fetch(PAGE, { cache: 'no-cache' })
  if (!page.ok) throw new Error(`the app page answered ${page.status}`)
  const html = await page.clone().text()
  await cache.addAll(shellAssetPaths(html))
  await cache.put(PAGE, page)
}

async function dropOldShells(): Promise<void> {
  const names = await caches.keys()
  const old = names.filter((name) => name.startsWith(SHELL_CACHE_PREFIX) && name !== cacheName)
  await Promise.all(old.map((name) => caches.delete(name)))
}

/** The cached page at once; a fresh copy is fetched behind it for the next load. */
async function answerPage(): Promise<Response> {
  const cache = await caches.open(cacheName)
  const refreshed = fetch(PAGE, { cache: 'no-cache' }).then(async (response) => {
    if (response.ok) await cache.put(PAGE, response.clone())
    return response
  })
  const cached = await cache.match(PAGE)
  if (cached) {
    refreshed.catch(() => undefined)
    return cached
  }
  return refreshed
}

/** Hashed assets never change under one name: the cache, else the network (then cached). */
async function answerAsset(request: Request): Promise<Response> {
  const cache = await caches.open(cacheName)
  const cached = await cache.match(request)
  if (cached) return cached
  const response = await fetch(request)
  if (response.ok) await cache.put(request, response.clone())
  return response
}

worker.addEventListener('install', (event) => {
  event.waitUntil(precacheShell().then(() => worker.skipWaiting()))
})

worker.addEventListener('activate', (event) => {
  event.waitUntil(dropOldShells().then(() => worker.clients.claim()))
})

worker.addEventListener('fetch', (event) => {
  const kind = classifyRequest(event.request, worker.location.origin)
  if (kind === 'page') event.respondWith(answerPage())
  else if (kind === 'asset') event.respondWith(answerAsset(event.request))
})
