/**
 * The local-open measure: a 100,000-word room is opened once online (the app shell goes into the
 * service worker's cache and the room into IndexedDB), then the server is stopped and the page
 * reloaded; we time navigation start to an editable briefing showing its last paragraph.
 */
import type { Browser, Page } from '@playwright/test'
import { localStoreName } from '../src/collab/local-room-store'
import { delay, waitForAsync } from '../tests/support/wait-for'
import type { SeededRoom } from './editor-rooms'
import {
  editableAt,
  NAME_SHIM,
  readLocalCopy,
  watchForEditable,
  workerControlsPage,
  type LocalCopyRead
} from './offline-page'

const TIMEOUT_MS = 120_000
/** After the store reports the server sync, a moment for any trailing write to commit. */
const STORE_SETTLE_MS = 1_000

/** A room open online in its own context, its local copy filled. */
export interface PreparedRoom {
  readonly room: SeededRoom
  readonly page: Page
  /** Navigation start → editable, opened from the server (for comparison). */
  readonly onlineOpenMs: number
}

/** The figures of one room opened from its local copy. */
export interface LocalOpenFigures {
  readonly room: SeededRoom
  readonly onlineOpenMs: number
  readonly openMs: readonly number[]
  /** The indicator's text after each offline open: proof that the server was unreachable. */
  readonly indicator: string
  /** The local copy read in the page after each open (open database + getAll, no Yjs). */
  readonly reads: readonly LocalCopyRead[]
}

async function waitForEditable(page: Page): Promise<number> {
  await page.waitForFunction(editableAt, undefined, { timeout: TIMEOUT_MS, polling: 50 })
  return (await page.evaluate(editableAt)) ?? Number.NaN
}

/** Opens `room` online and waits until the app shell and the room are on this device. */
export async function prepareRoom(
  browser: Browser,
  serverUrl: string,
  room: SeededRoom
): Promise<PreparedRoom> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
  await context.addInitScript(NAME_SHIM)
  await context.addInitScript(watchForEditable, room.briefing.lastParagraph)
  const page = await context.newPage()
  await page.goto(`${serverUrl}/?room=${encodeURIComponent(room.name)}&user=Bench`, {
    waitUntil: 'commit'
  })
  const onlineOpenMs = await waitForEditable(page)
  if (!(await page.evaluate(workerControlsPage)))
    throw new Error('no service worker controls the page')
  const name = localStoreName(room.name)
  await waitForAsync(
    async () => (await page.evaluate(readLocalCopy, name)).serverSynced,
    `the local copy of ${room.name}`,
    TIMEOUT_MS
  )
  await delay(STORE_SETTLE_MS)
  return { room, page, onlineOpenMs }
}

/** With the server stopped: reloads `runs` times and times each open from the local copy. */
export async function measureLocalOpen(
  prepared: PreparedRoom,
  runs: number
): Promise<LocalOpenFigures> {
  const { page, room } = prepared
  const openMs: number[] = []
  const reads: LocalCopyRead[] = []
  let indicator = ''
  for (let run = 0; run < runs; run++) {
    await page.reload({ waitUntil: 'commit' })
    openMs.push(await waitForEditable(page))
    indicator = (await page.getByRole('status').allTextContents()).join(' / ')
    // The store rewrites itself compactly after loading; let that finish before the next run.
    await delay(STORE_SETTLE_MS)
    reads.push(await page.evaluate(readLocalCopy, localStoreName(room.name)))
  }
  return { room, onlineOpenMs: prepared.onlineOpenMs, openMs, indicator, reads }
}
