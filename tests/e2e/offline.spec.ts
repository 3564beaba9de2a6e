/**
 * Offline editing end to end in real Chromium: the app shell from the service worker, the room
 * from this browser's local copy, edits and claims made offline, and convergence afterwards.
 */
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import {
  claimEntry,
  claimList,
  openAs,
  openClaim,
  SYNCED,
  tagClaim,
  type OpenAsOptions
} from './reviewer-page'

const BRIEFING = `The council voted 31 to 9 to build the river heat plant.

The plant is meant to heat 4,200 homes from 2028.
`

const OFFLINE_WITH_CHANGES = /^Offline · \d+ changes? not yet synced$/

/** Wide enough for the side panel beside the text; the briefing must be on screen before tagging. */
const REVIEWER: OpenAsOptions = {
  context: { viewport: { width: 1400, height: 1000 } },
  firstStatus: true,
  briefing: 'visible'
}

const indicator = (page: Page): Locator => page.getByRole('status').first()

/**
 * Reloads a page of an offline context. Since Chromium 150 a reloaded page reports
 * `navigator.onLine === true` although the context's network is still emulated offline
 * (requests keep failing). Emulating offline again on the page's own DevTools session makes
 * the page see the network it has; that session must stay attached (detaching ends the
 * emulation), so the returned function goes back online.
 */
async function reloadOffline(page: Page): Promise<() => Promise<void>> {
  await page.reload()
  const devtools = await page.context().newCDPSession(page)
  const emulate = (offline: boolean) =>
    devtools.send('Network.emulateNetworkConditions', {
      offline,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1
    })
  await emulate(true)
  return async () => {
    await emulate(false)
    await devtools.detach()
  }
}
const briefing = (page: Page): Locator => page.getByRole('textbox', { name: 'Briefing text' })

// Strings, not functions: the e2e tests compile against Node's types, which have no DOM.
const WORKER_CONTROLS_PAGE = `navigator.serviceWorker.ready.then(() =>
  navigator.serviceWorker.controller !== null)`
const ROOM_STORED = `(name) => new Promise((resolve) => {
  const request = indexedDB.open(name)
  request.onerror = () => resolve(false)
  request.onsuccess = () => {
    const db = request.result
    if (!db.objectStoreNames.contains('meta')) { db.close(); return resolve(false) }
    const get = db.transaction(['meta'], 'readonly').objectStore('meta').get('serverSynced')
    get.onsuccess = () => { db.close(); resolve(get.result === true) }
    get.onerror = () => { db.close(); resolve(false) }
  }
})`
/** The briefing's text without the other reviewers' caret labels. */
function textOf(page: Page): Promise<string> {
  return page.evaluate<string>(`(() => {
    const copy = document.querySelector('.briefing-text').cloneNode(true)
    copy.querySelectorAll('[class^="collaboration-carets"]').forEach((caret) => caret.remove())
    return copy.textContent
  })()`)
}

async function setStatus(page: Page, quote: string, label: string): Promise<void> {
  await claimEntry(page, quote).click()
  await openClaim(page)
    .getByRole('combobox', { name: 'Verification status' })
    .selectOption({ label })
}

async function typeAtEndOf(page: Page, text: string, typed: string): Promise<void> {
  await briefing(page).getByText(text).click()
  await page.keyboard.press('End')
  await page.keyboard.type(typed)
}

test('a reviewer edits offline, reloads offline, and converges with the other on return', async ({
  browser,
  serverUrl,
  seedRoom
}) => {
  test.setTimeout(120_000)
  const room = await seedRoom(BRIEFING)
  const alice = await openAs(browser, serverUrl, room, 'Alice', REVIEWER)
  const bob = await openAs(browser, serverUrl, room, 'Bob', REVIEWER)
  await tagClaim(alice, 'voted 31 to 9')
  await expect(claimEntry(bob, 'voted 31 to 9')).toBeVisible()
  await expect(indicator(alice)).toHaveText(SYNCED)
  // The app shell and the room must be on this device before the network goes.
  expect(await alice.evaluate<boolean>(WORKER_CONTROLS_PAGE)).toBe(true)
  await expect
    .poll(() => alice.evaluate<boolean>(`(${ROOM_STORED})('claimdesk-room:${room}')`))
    .toBe(true)

  await test.step('Alice goes offline; the indicator says so at once and counts her edits', async () => {
    await alice.context().setOffline(true)
    await expect(indicator(alice)).toHaveText('Offline · all changes synced')
    await typeAtEndOf(alice, 'to build the river heat plant.', ' Alice checked offline.')
    await expect(indicator(alice)).toHaveText(OFFLINE_WITH_CHANGES)
    await tagClaim(alice, '4,200 homes')
    await setStatus(alice, 'voted 31 to 9', 'Verified')
  })

  await test.step('Bob edits and sets another status meanwhile', async () => {
    await typeAtEndOf(bob, 'homes from 2028.', ' Bob was here.')
    await setStatus(bob, 'voted 31 to 9', 'Disputed')
    await expect(indicator(bob)).toHaveText(SYNCED)
  })

  let backOnline = (): Promise<void> => Promise.resolve()
  await test.step('Alice reloads while offline and finds the app and her edits', async () => {
    backOnline = await reloadOffline(alice)
    await expect(briefing(alice)).toContainText('Alice checked offline.')
    await expect(indicator(alice)).toHaveText(OFFLINE_WITH_CHANGES)
    await expect(claimEntry(alice, '4,200 homes')).toBeVisible()
    await expect(briefing(alice)).not.toContainText('Bob was here.')
  })

  await test.step('back online, both converge, with the diverging status shown as a conflict', async () => {
    await alice.context().setOffline(false)
    await backOnline()
    await expect(indicator(alice)).toHaveText(SYNCED, { timeout: 20_000 })
    await expect(briefing(alice)).toContainText('Bob was here.')
    await expect(briefing(bob)).toContainText('Alice checked offline.')
    await expect.poll(() => textOf(bob)).toBe(await textOf(alice))
    for (const page of [alice, bob]) {
      await expect(claimList(page).getByRole('listitem')).toHaveCount(2)
      await claimEntry(page, 'voted 31 to 9').click()
      const conflict = openClaim(page).getByRole('group', { name: 'Conflict' })
      await expect(conflict).toContainText('Verified')
      await expect(conflict).toContainText('Disputed')
      // Not only the open claim: the list, the progress counts and the filter say Conflict too.
      await expect(claimEntry(page, 'voted 31 to 9')).toContainText(
        'Conflict: Verified vs Disputed'
      )
      const progress = page.getByRole('region', { name: 'Verification progress' })
      const count = (label: string) =>
        progress
          .locator('dt', { hasText: new RegExp(`^${label}$`) })
          .locator('xpath=following-sibling::dd[1]')
      await expect(count('Conflict')).toHaveText('1')
      await expect(count('Verified')).toHaveText('0')
      await expect(count('Disputed')).toHaveText('0')
      const filter = page.getByRole('combobox', { name: 'Filter by status', exact: true })
      await filter.selectOption({ label: 'Conflict' })
      await expect(claimList(page).getByRole('listitem')).toHaveCount(1)
      await expect(claimEntry(page, 'voted 31 to 9')).toBeVisible()
      await filter.selectOption({ label: 'All' })
    }
  })

  await alice.context().close()
  await bob.context().close()
})

test('a damaged local copy is reported and rebuilt from the open room', async ({
  browser,
  serverUrl,
  seedRoom
}) => {
  const room = await seedRoom(BRIEFING)
  const context = await browser.newContext({ baseURL: serverUrl })
  const page = await context.newPage()
  await page.goto('/')
  // A database under the room's name with none of the store's tables, as after corruption.
  await page.evaluate(`new Promise((resolve) => {
    const request = indexedDB.open('claimdesk-room:${room}', 1)
    request.onsuccess = () => { request.result.close(); resolve(true) }
  })`)
  await page.goto(`/?room=${room}&user=Alice`)
  await expect(page.getByRole('alert')).toContainText('was rebuilt')
  await expect(briefing(page)).toContainText('The council voted 31 to 9')
  await expect
    .poll(() => page.evaluate<boolean>(`(${ROOM_STORED})('claimdesk-room:${room}')`))
    .toBe(true)
  await context.close()
})
