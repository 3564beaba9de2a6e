/**
 * The parts of the offline benchmark that run inside Chromium. The node TypeScript project has
 * no DOM library, so these functions reach the page through the narrow types below.
 */
import type { PageElement } from './page-types'

/** tsx wraps inner functions in `__name(...)`; the page gets a do-nothing one (see editor-measures). */
export const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((target) => target);'

/** The slice of IndexedDB the page functions use. */
interface PageIdbRequest<T> {
  readonly result: T
  onsuccess: (() => void) | null
  onerror: (() => void) | null
}
interface PageIdbDatabase {
  readonly objectStoreNames: { contains(name: string): boolean }
  transaction(
    stores: string[],
    mode: 'readonly'
  ): {
    objectStore(name: string): {
      get(key: string): PageIdbRequest<unknown>
      getAll(): PageIdbRequest<unknown[]>
    }
  }
  close(): void
}

/** The part of `window` the offline benchmark touches, plus what it stores there. */
interface OfflinePageWindow {
  readonly document: { querySelector(selector: string): PageElement | null }
  readonly performance: { now(): number }
  readonly indexedDB: { open(name: string): PageIdbRequest<PageIdbDatabase> }
  readonly navigator: {
    readonly serviceWorker?: {
      readonly ready: Promise<unknown>
      readonly controller: unknown
    }
  }
  requestAnimationFrame(callback: (time: number) => void): number
  /** ms from navigation start until the briefing was editable and complete. */
  offlineEditableAt?: number
  /** Epoch ms of the first frame whose editor DOM held the marker. */
  offlineMarkerAt?: number
}

/** Init script: notes (performance.now) the first frame with an editable briefing ending in `lastText`. */
export function watchForEditable(lastText: string): void {
  const page = globalThis as unknown as OfflinePageWindow
  const tail = lastText.slice(-60)
  const check = (): void => {
    const editor = page.document.querySelector('.briefing-text')
    const blocks = editor ? Array.from(editor.children).slice(-3) : []
    const ready =
      editor?.getAttribute('contenteditable') === 'true' &&
      blocks.some((block) => (block.textContent ?? '').includes(tail))
    if (ready) page.offlineEditableAt = page.performance.now()
    else page.requestAnimationFrame(check)
  }
  page.requestAnimationFrame(check)
}

/** Once per frame, until the editor's DOM holds `marker`; then notes the wall clock (Date.now). */
export function watchForMarker(marker: string): void {
  const page = globalThis as unknown as OfflinePageWindow
  page.offlineMarkerAt = undefined
  const check = (): void => {
    const editor = page.document.querySelector('.briefing-text')
    if ((editor?.textContent ?? '').includes(marker)) page.offlineMarkerAt = Date.now()
    else page.requestAnimationFrame(check)
  }
  page.requestAnimationFrame(check)
}

/** What the editable probe noted, or undefined. */
export function editableAt(): number | undefined {
  return (globalThis as unknown as OfflinePageWindow).offlineEditableAt
}

/** What the marker probe noted, or undefined. */
export function markerAt(): number | undefined {
  return (globalThis as unknown as OfflinePageWindow).offlineMarkerAt
}

/** True once the app-shell service worker controls the page (the app opens without the server). */
export async function workerControlsPage(): Promise<boolean> {
  const worker = (globalThis as unknown as OfflinePageWindow).navigator.serviceWorker
  if (!worker) return false
  await worker.ready
  return worker.controller !== null && worker.controller !== undefined
}

/** The room's local copy, read as the store reads it on opening: rows, bytes and ms taken. */
export interface LocalCopyRead {
  readonly serverSynced: boolean
  readonly rows: number
  readonly bytes: number
  readonly readMs: number
}

/**
 * Opens the database `name` and reads all of it (without applying it to a document). Everything
 * it calls is defined inside it: page.evaluate sends only the function's own source.
 */
export async function readLocalCopy(name: string): Promise<LocalCopyRead> {
  const page = globalThis as unknown as OfflinePageWindow
  const settle = <T>(request: PageIdbRequest<T>): Promise<T> =>
    new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(new Error('IndexedDB request failed'))
    })
  const start = page.performance.now()
  const db = await settle(page.indexedDB.open(name))
  try {
    if (!db.objectStoreNames.contains('updates') || !db.objectStoreNames.contains('meta')) {
      return { serverSynced: false, rows: 0, bytes: 0, readMs: page.performance.now() - start }
    }
    const transaction = db.transaction(['updates', 'meta'], 'readonly')
    const rows = await settle(transaction.objectStore('updates').getAll())
    const synced = await settle(transaction.objectStore('meta').get('serverSynced'))
    const readMs = page.performance.now() - start
    const bytes = rows.reduce<number>((sum, row) => {
      const update = (row as { update?: { byteLength?: number } }).update
      return sum + (update?.byteLength ?? 0)
    }, 0)
    return { serverSynced: synced === true, rows: rows.length, bytes, readMs }
  } finally {
    db.close()
  }
}
