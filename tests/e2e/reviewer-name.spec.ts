import { expect, test } from './fixtures'

test('without ?user the first-run prompt asks for a name and remembers it', async ({
  page,
  seedRoom
}) => {
  const room = await seedRoom('A claim to check.\n')
  await page.goto(`/?room=${room}`)

  await expect(page.getByRole('textbox', { name: 'Briefing text' })).toHaveCount(0)
  await page.getByLabel('Your name').fill('  Dana   Okafor ')
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByRole('textbox', { name: 'Briefing text' })).toContainText(
    'A claim to check.'
  )
  await expect(page.getByText('Dana Okafor', { exact: true })).toBeVisible()

  await page.reload()
  await expect(page.getByRole('textbox', { name: 'Briefing text' })).toContainText(
    'A claim to check.'
  )
  await expect(page.getByLabel('Your name')).toHaveCount(0)
  await expect(page.getByText('Dana Okafor', { exact: true })).toBeVisible()

  // Back on the start screen, the room is among the recent ones and reopens from there.
  await page.getByRole('button', { name: 'Rooms' }).click()
  await expect(page.getByText('Reviewing as Dana Okafor')).toBeVisible()
  const recent = page.getByRole('region', { name: 'Recent rooms' })
  await recent.getByRole('button', { name: room }).click()
  await expect(page).toHaveURL(new RegExp(`\\?room=${room}$`))
})

test('an empty name is refused with a message', async ({ page, seedRoom }) => {
  const room = await seedRoom('A claim to check.\n')
  await page.goto(`/?room=${room}`)
  await page.getByLabel('Your name').fill('   ')
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByRole('alert')).toContainText('Enter a name')
})
