/** The claims workflow end to end: two reviewers in separate browser contexts, one real server. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import {
  claimEntry,
  claimList,
  openAs,
  openClaim,
  selectPhrase,
  tagClaim,
  type OpenAsOptions
} from './reviewer-page'

const BRIEFING = `The council voted 31 to 9 to build the river heat plant.

The plant is meant to heat 4,200 homes from 2028.

Sources:
- Council minutes: https://example.org/council/minutes
- Utility press release: https://example.org/utility/press
`

/** Wide enough for the side panel beside the text; the briefing must be on screen before tagging. */
const REVIEWER: OpenAsOptions = {
  context: { viewport: { width: 1400, height: 1000 } },
  briefing: 'visible'
}

const sourcesRegion = (page: Page): Locator => page.getByRole('region', { name: 'Sources' })
const progressRegion = (page: Page): Locator =>
  page.getByRole('region', { name: 'Verification progress' })

test('two reviewers tag, verify, source, assign and discuss claims live', async ({
  browser,
  serverUrl,
  seedRoom
}, testInfo) => {
  test.setTimeout(120_000)
  const room = await seedRoom(BRIEFING)
  const alice = await openAs(browser, serverUrl, room, 'Alice', REVIEWER)
  const bob = await openAs(browser, serverUrl, room, 'Bob', REVIEWER)
  await expect(progressRegion(bob)).toContainText('0 of 0 verified')

  await test.step('Alice tags a claim; it opens for her and appears for Bob', async () => {
    await tagClaim(alice, 'voted 31 to 9')
    await expect(openClaim(alice).getByRole('textbox', { name: 'Claim', exact: true })).toHaveValue(
      'voted 31 to 9'
    )
    await expect(claimList(bob).getByRole('listitem')).toHaveCount(1)
    await expect(claimEntry(bob, 'voted 31 to 9')).toContainText('Unverified')
    await expect(claimEntry(bob, 'voted 31 to 9')).toContainText('No source')
    await expect(claimEntry(bob, 'voted 31 to 9')).toContainText('0 comments')
  })

  await test.step('the status Alice sets reaches Bob’s list and progress', async () => {
    await openClaim(alice)
      .getByRole('combobox', { name: 'Verification status' })
      .selectOption({ label: 'Verified' })
    await expect(claimEntry(bob, 'voted 31 to 9')).toContainText('Verified')
    await expect(progressRegion(bob)).toContainText('1 of 1 verified')
    await expect(openClaim(alice)).toContainText('Alice: Unverified → Verified')
  })

  await test.step('a second claim makes it 1 of 2', async () => {
    await tagClaim(alice, '4,200 homes')
    await expect(claimList(bob).getByRole('listitem')).toHaveCount(2)
    await expect(progressRegion(bob)).toContainText('1 of 2 verified')
    await expect(progressRegion(alice)).toContainText('1 of 2 verified')
  })

  await test.step('Alice cites a library source and a new link; Bob’s Sources update', async () => {
    await claimEntry(alice, 'voted 31 to 9').click()
    const detail = openClaim(alice)
    const source = detail.getByRole('combobox', { name: 'Source', exact: true })
    await source.fill('Council minutes')
    await detail.getByRole('button', { name: 'Add source' }).click()
    await expect(detail.getByRole('link', { name: 'Council minutes' })).toHaveAttribute(
      'rel',
      'noreferrer noopener'
    )
    await source.fill('https://example.net/heat-report')
    await detail.getByRole('button', { name: 'Add source' }).click()
    await expect(detail.getByRole('link', { name: 'example.net' })).toHaveAttribute(
      'href',
      'https://example.net/heat-report'
    )

    const minutes = sourcesRegion(bob).getByRole('listitem').filter({ hasText: 'Council minutes' })
    await expect(minutes).toContainText('Cited by 1 claim')
    await expect(minutes).not.toContainText('Not cited')
    const press = sourcesRegion(bob).getByRole('listitem').filter({ hasText: 'press release' })
    await expect(press).toContainText('Not cited')
    await expect(
      sourcesRegion(bob).getByRole('link', { name: 'https://example.net/heat-report' })
    ).toBeVisible()
    await expect(claimEntry(bob, 'voted 31 to 9')).toContainText('2 sources')
    await expect(claimEntry(bob, '4,200 homes')).toContainText('No source')
  })

  await test.step('a link that is not http(s) is refused with a message', async () => {
    const detail = openClaim(alice)
    await detail.getByRole('combobox', { name: 'Source', exact: true }).fill('javascript:alert(1)')
    await detail.getByRole('button', { name: 'Add source' }).click()
    await expect(detail.getByRole('alert')).toContainText('Only http and https links')
    await expect(sourcesRegion(alice).getByRole('listitem')).toHaveCount(3)
  })

  await test.step('Alice assigns the claim to Bob and comments', async () => {
    const detail = openClaim(alice)
    await detail.getByRole('combobox', { name: 'Assign to' }).fill('Bob')
    await detail.getByRole('button', { name: 'Assign', exact: true }).click()
    await detail
      .getByRole('textbox', { name: 'Comment', exact: true })
      .fill('Page 4 of the minutes.')
    await detail.getByRole('button', { name: 'Add comment' }).click()
    await expect(claimEntry(bob, 'voted 31 to 9')).toContainText('Assigned to Bob')
    await expect(claimEntry(bob, 'voted 31 to 9')).toContainText('1 comment')
  })

  await test.step('Bob sees Alice has the claim open, opens it and replies', async () => {
    await expect(claimEntry(bob, 'voted 31 to 9')).toContainText('Alice is viewing')
    await claimEntry(bob, 'voted 31 to 9').click()
    const detail = openClaim(bob)
    await expect(detail).toContainText('Alice is viewing')
    await expect(detail.getByRole('combobox', { name: 'Verification status' })).toHaveValue(
      'verified'
    )
    await expect(detail).toContainText('Assigned to Bob')
    await expect(detail.getByRole('link', { name: 'Council minutes' })).toBeVisible()
    await expect(
      detail.getByRole('article').filter({ hasText: 'Page 4 of the minutes.' })
    ).toContainText('Alice')
    await detail.getByRole('button', { name: 'Reply', exact: true }).click()
    await detail
      .getByRole('textbox', { name: 'Reply', exact: true })
      .fill('Agreed, it says 31 to 9.')
    await detail.getByRole('button', { name: 'Send reply' }).click()
    await expect(openClaim(alice)).toContainText('Agreed, it says 31 to 9.')
    await expect(claimEntry(alice, 'voted 31 to 9')).toContainText('Bob is viewing')
  })

  await test.step('the filters narrow Bob’s list', async () => {
    const statusFilter = bob.getByRole('combobox', { name: 'Filter by status' })
    await statusFilter.selectOption({ label: 'Unverified' })
    await expect(claimList(bob).getByRole('listitem')).toHaveCount(1)
    await expect(claimEntry(bob, '4,200 homes')).toBeVisible()
    await statusFilter.selectOption({ label: 'All' })
    await bob.getByRole('checkbox', { name: 'Assigned to me' }).check()
    await expect(claimList(bob).getByRole('listitem')).toHaveCount(1)
    await expect(claimEntry(bob, 'voted 31 to 9')).toBeVisible()
    await bob.getByRole('checkbox', { name: 'Assigned to me' }).uncheck()
    await expect(claimList(bob).getByRole('listitem')).toHaveCount(2)
  })

  // Tall enough that the whole side panel, open claim included, is in the picture.
  await bob.setViewportSize({ width: 1400, height: 2000 })
  await bob.screenshot({ path: testInfo.outputPath('claims-panel-bob.png'), fullPage: true })

  await test.step('deleting a claim’s whole text leaves it listed as detached', async () => {
    await selectPhrase(alice, '4,200 homes')
    await alice.keyboard.press('Backspace')
    await expect(bob.getByRole('textbox', { name: 'Briefing text' })).not.toContainText('4,200')
    await expect(claimEntry(bob, '4,200 homes')).toContainText('Detached')
    await expect(claimEntry(alice, '4,200 homes')).toContainText('Detached')
    await expect(claimEntry(bob, 'voted 31 to 9')).not.toContainText('Detached')
  })

  await alice.context().close()
  await bob.context().close()
})

test('the Sources region lists the sample briefing’s library, flagging uncited sources', async ({
  browser,
  serverUrl,
  seedRoom
}) => {
  const sample = readFileSync(resolve('samples/sample-briefing.md'), 'utf8')
  const room = await seedRoom(sample)
  const page = await openAs(browser, serverUrl, room, 'Carla', REVIEWER)
  const items = sourcesRegion(page).getByRole('listitem')
  await expect(items).toHaveCount(6)
  await expect(items.filter({ hasText: 'Not cited' })).toHaveCount(6)
  await expect(sourcesRegion(page)).toContainText('Lindenfeld city council, minutes of the session')
  await page.context().close()
})

test('a German briefing’s “Quellen” list fills the Sources region', async ({
  browser,
  serverUrl,
  seedRoom
}) => {
  const briefing = readFileSync(resolve('tests/fixtures/briefing-quellen-de.txt'), 'utf8')
  const room = await seedRoom(briefing)
  const page = await openAs(browser, serverUrl, room, 'Jonas', REVIEWER)
  const items = sourcesRegion(page).getByRole('listitem')
  await expect(items).toHaveCount(3)
  await expect(items.filter({ hasText: 'Not cited' })).toHaveCount(3)
  await expect(sourcesRegion(page)).toContainText('Hollerbacher Rundschau')
  await expect(
    sourcesRegion(page).getByRole('link', {
      name: 'https://example.org/rundschau/led-umstellung'
    })
  ).toHaveAttribute('target', '_blank')

  await tagClaim(page, 'rund 60 Prozent')
  const detail = openClaim(page)
  await detail.getByRole('combobox', { name: 'Source', exact: true }).fill('hollerbacher rundschau')
  await detail.getByRole('button', { name: 'Add source' }).click()
  await expect(items.filter({ hasText: 'Not cited' })).toHaveCount(2)
  await expect(items.filter({ hasText: 'Hollerbacher Rundschau' })).toContainText(
    'Cited by 1 claim'
  )
  await page.context().close()
})
