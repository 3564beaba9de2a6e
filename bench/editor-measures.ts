/**
 * What the editor benchmark measures inside Chromium: time from navigation start to an editable
 * briefing, per-key typing latency, and frame times while the claims list scrolls. The timing
 * itself runs in the page (performance.now, requestAnimationFrame) so the Playwright round trips
 * are never part of a figure.
 */
import type { Browser, Page } from '@playwright/test'
import type { PageElement, PageWindow } from './page-types'

const EDITOR = '.briefing-text'

/**
 * tsx compiles with esbuild's keepNames, which wraps inner functions in `__name(...)`; the page
 * does not have that helper, so every page gets a do-nothing one before any of our code runs.
 */
const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((target) => target);'

/** Runs in the page from its first script on: notes when the editor is editable and complete. */
function watchForEditable(lastText: string): void {
  const win = globalThis as unknown as PageWindow
  const tail = lastText.slice(-60)
  const isReady = (editor: PageElement | null): boolean => {
    if (editor?.getAttribute('contenteditable') !== 'true') return false
    const blocks = Array.from(editor.children).slice(-3)
    return blocks.some((block) => (block.textContent ?? '').includes(tail))
  }
  // Checked once per frame: the first frame that can paint the complete, editable briefing.
  const check = (): void => {
    if (isReady(win.document.querySelector('.briefing-text'))) {
      win.benchEditableAt = win.performance.now()
    } else {
      win.requestAnimationFrame(check)
    }
  }
  win.requestAnimationFrame(check)
}

/** Opens `url` in a fresh context and waits until the briefing is editable; returns the page. */
export async function openRoom(
  browser: Browser,
  url: string,
  lastParagraph: string
): Promise<{ page: Page; editableAtMs: number; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
  await context.addInitScript(NAME_SHIM)
  await context.addInitScript(watchForEditable, lastParagraph)
  const page = await context.newPage()
  await page.goto(url, { waitUntil: 'commit' })
  await page.waitForFunction(
    () => (globalThis as unknown as PageWindow).benchEditableAt !== undefined,
    undefined,
    { timeout: 120_000, polling: 50 }
  )
  // performance.now() counts from the navigation start of the document.
  const editableAtMs = await page.evaluate(
    () => (globalThis as unknown as PageWindow).benchEditableAt ?? Number.NaN
  )
  return { page, editableAtMs, close: () => context.close() }
}

/** Per key, ms from keydown: to the editor's DOM change, to the next frame, to that frame's end. */
export interface KeyLatency {
  /** Input handling: ProseMirror, y-tiptap, Yjs and every listener, until the DOM changed. */
  readonly toDom: number
  readonly toFrame: number
  readonly toRendered: number
}

/**
 * Runs in the page: for each keydown, waits for the editor's DOM to change (toDom), then for the
 * next animation frame (toFrame), then for a task queued from that frame, which runs once the
 * frame's style, layout and paint are done (toRendered).
 */
function installKeyProbe(): void {
  const win = globalThis as unknown as PageWindow
  const editor = win.document.querySelector('.briefing-text')
  if (!editor) throw new Error('no editor')
  const channel = new win.MessageChannel()
  const samples: KeyLatency[] = []
  win.benchKeys = samples
  let keyAt: number | null = null
  win.addEventListener(
    'keydown',
    (event) => {
      // timeStamp is when the input event was created, so time spent queued counts too.
      const now = win.performance.now()
      keyAt = event.timeStamp > 0 && event.timeStamp <= now ? event.timeStamp : now
    },
    true
  )
  const observer = new win.MutationObserver(() => {
    if (keyAt === null) return
    const start = keyAt
    keyAt = null
    const toDom = win.performance.now() - start
    win.requestAnimationFrame(() => {
      const toFrame = win.performance.now() - start
      channel.port1.onmessage = () => {
        samples.push({ toDom, toFrame, toRendered: win.performance.now() - start })
      }
      channel.port2.postMessage(null)
    })
  })
  observer.observe(editor, { childList: true, subtree: true, characterData: true })
}

/** Puts the caret in the middle of the briefing (end of that paragraph's first line). */
async function focusMiddle(page: Page): Promise<void> {
  const blocks = page.locator(`${EDITOR} > p`)
  const middle = blocks.nth(Math.floor((await blocks.count()) / 2))
  await middle.scrollIntoViewIfNeeded()
  await middle.click({ position: { x: 4, y: 4 } })
  await page.keyboard.press('End')
}

/** Types `text` one key at a time, waiting for each key's measurement before the next key. */
export async function measureTyping(page: Page, text: string): Promise<KeyLatency[]> {
  await focusMiddle(page)
  await page.evaluate(installKeyProbe)
  for (const [index, key] of [...text].entries()) {
    await page.keyboard.type(key)
    await page.waitForFunction(
      (count) => ((globalThis as unknown as PageWindow).benchKeys?.length ?? 0) >= count,
      index + 1,
      { polling: 5, timeout: 10_000 }
    )
  }
  const landed = await page.evaluate((typed) => {
    const win = globalThis as unknown as PageWindow
    const editor = win.document.querySelector('.briefing-text')
    return (editor?.textContent ?? '').includes(typed)
  }, text.trim())
  if (!landed) throw new Error('the typed text did not end up in the briefing')
  return page.evaluate(() => (globalThis as unknown as PageWindow).benchKeys ?? [])
}

/** Frame times while the claims list scrolled top to bottom, and how many rows were rendered. */
export interface ScrollResult {
  readonly frameMs: number[]
  readonly maxRenderedRows: number
  readonly lastRowShown: number
  readonly totalRows: number
}

/**
 * Runs in the page: scrolls the claims list `stepPx` per frame from top to bottom and records
 * the time between animation frames. The claims list is the role=list with the tallest content.
 */
function scrollClaimsList(stepPx: number): Promise<ScrollResult> {
  const win = globalThis as unknown as PageWindow
  const lists = Array.from(
    win.document.querySelector('body')?.querySelectorAll('[role="list"]') ?? []
  )
  const list = lists.sort((a, b) => b.scrollHeight - a.scrollHeight)[0]
  let scroller = list?.parentElement ?? null
  while (scroller && scroller.scrollHeight <= scroller.clientHeight + 1) {
    scroller = scroller.parentElement
  }
  if (!list || !scroller) return Promise.reject(new Error('no scrollable claims list'))
  const viewport = scroller
  const rowsNow = (): PageElement[] => Array.from(list.querySelectorAll('[role="listitem"]'))
  const totalRows = Number(rowsNow()[0]?.getAttribute('aria-setsize') ?? 0)
  const frameMs: number[] = []
  let maxRenderedRows = 0
  let settleFrames = 3
  return new Promise((resolve) => {
    let last = win.performance.now()
    const step = (time: number): void => {
      frameMs.push(time - last)
      last = time
      maxRenderedRows = Math.max(maxRenderedRows, rowsNow().length)
      const atBottom = viewport.scrollTop + viewport.clientHeight >= viewport.scrollHeight - 1
      if (!atBottom) viewport.scrollTop += stepPx
      else settleFrames--
      if (settleFrames > 0) {
        win.requestAnimationFrame(step)
        return
      }
      const shown = rowsNow().map((row) => Number(row.getAttribute('aria-posinset') ?? 0))
      // The first delta is from the call, not from a frame.
      resolve({
        frameMs: frameMs.slice(1),
        maxRenderedRows,
        lastRowShown: Math.max(...shown),
        totalRows
      })
    }
    win.requestAnimationFrame(step)
  })
}

/** Waits for the claims list to hold `claims` rows, then scrolls it through. */
export async function measureClaimsScroll(
  page: Page,
  claims: number,
  stepPx: number
): Promise<ScrollResult> {
  await page.waitForFunction(
    (count) => {
      const win = globalThis as unknown as PageWindow
      const row = win.document.querySelector('[role="list"] [role="listitem"][aria-setsize]')
      return Number(row?.getAttribute('aria-setsize')) === count
    },
    claims,
    { timeout: 60_000, polling: 100 }
  )
  return page.evaluate(scrollClaimsList, stepPx)
}
