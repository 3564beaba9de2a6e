import { expect, test } from './fixtures'
import { openAs } from './reviewer-page'

const BRIEFING = `The council voted 31 to 9 to build the river heat plant.

The plant is meant to heat 4,200 homes from 2028.

Sources:
- Council minutes: https://example.org/council/minutes
`

test('two reviewers edit the same briefing live and see each other’s named carets', async ({
  browser,
  serverUrl,
  seedRoom
}, testInfo) => {
  const room = await seedRoom(BRIEFING)
  const alice = await openAs(browser, serverUrl, room, 'Alice')
  const bob = await openAs(browser, serverUrl, room, 'Bob')
  const aliceText = alice.getByRole('textbox', { name: 'Briefing text' })
  const bobText = bob.getByRole('textbox', { name: 'Briefing text' })
  await expect(aliceText).toContainText('The council voted 31 to 9')
  await expect(bobText).toContainText('The plant is meant to heat 4,200 homes')

  await aliceText.getByText('The council voted 31 to 9').click()
  await alice.keyboard.press('End')
  await alice.keyboard.type(' Checked against the minutes.')

  await expect(bobText).toContainText('to build the river heat plant. Checked against the minutes.')
  const aliceCaret = bob.locator('.collaboration-carets__label', { hasText: 'Alice' })
  await expect(aliceCaret).toBeVisible()

  // Bob's caret reaches Alice too, so presence works in both directions.
  await bobText.getByText('The plant is meant').click()
  await expect(alice.locator('.collaboration-carets__label', { hasText: 'Bob' })).toBeVisible()

  await bob.screenshot({ path: testInfo.outputPath('room-two-reviewers.png') })
  await alice.context().close()
  await bob.context().close()
})

test('“Copy link” copies a shareable room link without the reviewer name', async ({
  browser,
  serverUrl,
  seedRoom
}) => {
  const room = await seedRoom('A claim to share.\n')
  const context = await browser.newContext({
    baseURL: serverUrl,
    permissions: ['clipboard-read', 'clipboard-write']
  })
  const page = await context.newPage()
  await page.goto(`/?room=${room}&user=Alice`)
  await page.getByRole('button', { name: 'Copy link' }).click()
  await expect(page.getByText('Link copied')).toBeVisible()
  // A string expression: the e2e tests compile against Node's types, which have no navigator.
  const copied = await page.evaluate<string>('navigator.clipboard.readText()')
  expect(copied).toBe(`${serverUrl}/?room=${room}`)
  await context.close()
})
