/** Plain helpers the e2e specs share: opening a room as a reviewer and selecting briefing text. */
import type { Browser, BrowserContextOptions, Locator, Page } from '@playwright/test'
import { expect } from './fixtures'

/** What the connection indicator says once the room is open and nothing is left to send. */
export const SYNCED = 'Online · all changes synced'

/** How a room page is opened and what it waits for before the test goes on. */
export interface OpenRoomOptions {
  /**
   * Waits for the first status on the page rather than requiring it to be the only one;
   * the default keeps the stricter check that the connection indicator is the page's one status.
   */
  readonly firstStatus?: boolean
  /** Also waits for the editor: until it is visible, or until it contains this text. */
  readonly briefing?: 'visible' | { readonly contains: string }
}

/** Options for `openAs`: the reviewer's browser context on top of what `openRoom` waits for. */
export interface OpenAsOptions extends OpenRoomOptions {
  /** Extra context options, e.g. clipboard permissions or a viewport; `baseURL` is set already. */
  readonly context?: BrowserContextOptions
}

/** Opens `room` as reviewer `name` in `page` and waits until the room says it is synced. */
export async function openRoom(
  page: Page,
  room: string,
  name: string,
  options: OpenRoomOptions = {}
): Promise<void> {
  await page.goto(`/?room=${room}&user=${encodeURIComponent(name)}`)
  const status = page.getByRole('status')
  await expect(options.firstStatus ? status.first() : status).toHaveText(SYNCED)
  const editor = page.getByRole('textbox', { name: 'Briefing text' })
  if (options.briefing === 'visible') await expect(editor).toBeVisible()
  else if (options.briefing) await expect(editor).toContainText(options.briefing.contains)
}

/** A reviewer in their own browser context, so that sync really goes through the server. */
export async function openAs(
  browser: Browser,
  serverUrl: string,
  room: string,
  name: string,
  options: OpenAsOptions = {}
): Promise<Page> {
  const context = await browser.newContext({ ...options.context, baseURL: serverUrl })
  const page = await context.newPage()
  await openRoom(page, room, name, options)
  return page
}

// A string, not a function: the e2e tests compile against Node's types, which have no DOM.
/** A page script that selects the first occurrence of its argument in the briefing's text. */
const SELECT_PHRASE = `(phrase) => {
  const root = document.querySelector('.briefing-text')
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.data.indexOf(phrase)
    if (at < 0) continue
    const range = document.createRange()
    range.setStart(node, at)
    range.setEnd(node, at + phrase.length)
    const selection = window.getSelection()
    selection.removeAllRanges()
    selection.addRange(range)
    return true
  }
  return false
}`

/** Selects `phrase` in the editor the way a mouse drag would, through the DOM selection. */
export async function selectPhrase(
  page: Page,
  phrase: string,
  editorName = 'Briefing text'
): Promise<void> {
  await page.getByRole('textbox', { name: editorName }).click()
  const found = await page.evaluate<boolean>(`(${SELECT_PHRASE})(${JSON.stringify(phrase)})`)
  expect(found, `"${phrase}" is in the briefing`).toBe(true)
}

/** The claims list of the room view. */
export const claimList = (page: Page): Locator =>
  page.getByRole('list', { name: 'Claims', exact: true })

/** The list entry of the claim quoting `quote`. */
export const claimEntry = (page: Page, quote: string): Locator =>
  claimList(page).getByRole('listitem').filter({ hasText: quote })

/** The open claim's region in the side panel. */
export const openClaim = (page: Page): Locator => page.getByRole('region', { name: 'Open claim' })

/** Tags `phrase` as a claim with the toolbar's "Tag claim" button; done once it is listed. */
export async function tagClaim(page: Page, phrase: string): Promise<void> {
  await selectPhrase(page, phrase)
  const tag = page.getByRole('button', { name: 'Tag claim', exact: true })
  await expect(tag).toBeEnabled()
  await tag.click()
  await expect(claimEntry(page, phrase)).toBeVisible()
}
