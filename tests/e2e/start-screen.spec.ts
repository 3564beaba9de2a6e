import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test } from './fixtures'

const GERMAN_BRIEFING = `# Stadtrat beschließt neues Radwegenetz

Der Stadtrat von Musterstadt hat am Montag ein Radwegenetz von 42 Kilometern beschlossen.

Die Kosten liegen laut Verwaltung bei 12,5 Millionen Euro.

Quellen:
- Stadt Musterstadt, Pressemitteilung: https://example.org/musterstadt/presse/radwege
- [Musterstädter Zeitung](https://example.org/zeitung/radwege)
- Gespräch mit dem Baudezernenten
`

test('the start screen opens the bundled sample briefing with its sources', async ({ page }) => {
  const sample = readFileSync(resolve('samples/sample-briefing.md'), 'utf8')
  const firstHeading = /^#\s+(.+)$/m.exec(sample)?.[1] ?? ''
  const firstSourceUrl =
    /https?:\/\/\S+/.exec(sample.slice(sample.search(/^(sources|quellen):?/im)))?.[0] ?? ''
  expect(firstHeading).not.toBe('')
  expect(firstSourceUrl).not.toBe('')

  // The strict CSP must not block anything the app needs: no errors in the console.
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  await page.goto('/?user=Carla')
  await expect(page.getByRole('heading', { level: 1, name: 'Claimdesk' })).toBeVisible()
  // Choosing a sync server is for the desktop app; a browser tab is its server's page.
  await expect(page.getByRole('heading', { name: 'Recent rooms' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Sync server' })).toHaveCount(0)
  await expect(page.getByLabel('Team server address')).toHaveCount(0)
  await page.getByRole('button', { name: 'Open sample briefing' }).click()

  await expect(page).toHaveURL(/\?room=sample-briefing&user=Carla$/)
  await expect(page.getByRole('textbox', { name: 'Briefing text' })).toContainText(firstHeading)
  const sources = page.getByRole('region', { name: 'Sources' })
  const link = sources.getByRole('link', { name: firstSourceUrl })
  await expect(link).toHaveAttribute('href', firstSourceUrl)
  await expect(link).toHaveAttribute('rel', 'noreferrer noopener')
  await expect(page.getByRole('status')).toHaveText('Online · all changes synced')
  expect(problems).toEqual([])
})

test('“Open briefing…” imports a German file into a new room with its Quellen', async ({
  page
}) => {
  await page.goto('/?user=Jonas')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open briefing…' }).click()
  await (
    await chooser
  ).setFiles({
    name: 'Radwege Stadtrat.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(GERMAN_BRIEFING, 'utf8')
  })

  await expect(page).toHaveURL(/\?room=radwege-stadtrat-[0-9a-f]{12}&user=Jonas$/)
  const text = page.getByRole('textbox', { name: 'Briefing text' })
  await expect(
    text.getByRole('heading', { name: 'Stadtrat beschließt neues Radwegenetz' })
  ).toBeVisible()
  await expect(text).toContainText('ein Radwegenetz von 42 Kilometern beschlossen.')
  await expect(text).toContainText('Die Kosten liegen laut Verwaltung bei 12,5 Millionen Euro.')
  await expect(text).not.toContainText('Quellen')

  const sources = page.getByRole('region', { name: 'Sources' })
  await expect(sources.getByRole('listitem')).toHaveCount(2)
  await expect(sources).toContainText('Stadt Musterstadt, Pressemitteilung')
  await expect(sources).toContainText('Musterstädter Zeitung')
  await expect(
    sources.getByRole('link', { name: 'https://example.org/zeitung/radwege' })
  ).toBeVisible()

  // The line without a URL is reported, not dropped silently.
  const notice = page.getByRole('complementary', { name: 'Import notice' })
  await expect(notice).toContainText('Gespräch mit dem Baudezernenten')
})

test('an invalid room name gets a clear message', async ({ page }) => {
  await page.goto('/?user=Eve')
  await page.getByLabel('Room name').fill('my room!')
  await page.getByRole('button', { name: 'Join room' }).click()
  await expect(page.getByRole('alert')).toContainText('"my room!" is not a valid room name')
  await expect(page).toHaveURL(/\/\?user=Eve$/)

  await page.goto('/?room=..%2Fsecret&user=Eve')
  await expect(page.getByRole('alert')).toContainText('"../secret" is not a valid room name')
})

test('a valid room name joins that room', async ({ page, seedRoom }) => {
  const room = await seedRoom('One paragraph to check.\n')
  await page.goto('/?user=Eve')
  await page.getByLabel('Room name').fill(room)
  await page.getByRole('button', { name: 'Join room' }).click()
  await expect(page).toHaveURL(new RegExp(`\\?room=${room}&user=Eve$`))
  await expect(page.getByRole('textbox', { name: 'Briefing text' })).toContainText(
    'One paragraph to check.'
  )
})
