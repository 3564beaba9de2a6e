/**
 * Every control's accessible name is exactly its visible label, on the start screen and in a
 * room with a claim open; and axe-core finds nothing serious or critical there.
 */
import { expectNamesAreLabels, expectNoSeriousViolations } from './accessibility'
import { expect, test } from './fixtures'
import { openAs, selectPhrase } from './reviewer-page'

const BRIEFING = `The council voted 31 to 9 to build the river heat plant.

Sources:
- Council minutes: https://example.org/council/minutes
`

test('controls are named exactly by their visible labels', async ({
  browser,
  serverUrl,
  seedRoom,
  page
}) => {
  await test.step('the start screen', async () => {
    await page.goto(`${serverUrl}/?user=Alice`)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNamesAreLabels(page, 'start screen')
    await expectNoSeriousViolations(page, 'start screen')
  })

  await test.step('a room with a claim open', async () => {
    const room = await seedRoom(BRIEFING)
    const alice = await openAs(browser, serverUrl, room, 'Alice', {
      context: { viewport: { width: 1400, height: 1000 } },
      briefing: 'visible'
    })
    await selectPhrase(alice, 'voted 31 to 9')
    await alice.getByRole('button', { name: 'Tag claim', exact: true }).click()
    const openClaim = alice.getByRole('region', { name: 'Open claim' })
    await expect(
      openClaim.getByRole('combobox', { name: 'Verification status', exact: true })
    ).toBeVisible()
    await openClaim.getByRole('combobox', { name: 'Source', exact: true }).fill('Council minutes')
    await openClaim.getByRole('button', { name: 'Add source', exact: true }).click()
    await expect(openClaim.getByRole('button', { name: 'Remove', exact: true })).toBeVisible()
    await openClaim.getByRole('combobox', { name: 'Assign to', exact: true }).fill('Bob')
    await expectNamesAreLabels(alice, 'room view')
    await expectNoSeriousViolations(alice, 'room view')
  })
})
