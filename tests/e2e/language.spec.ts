// The app in German: forced with ?lang=de, switched back to English in the room, with the
// reviewer's work kept and the room left open throughout.
import { readFileSync } from 'node:fs'
import { translator } from '../../src/core/i18n/translator'
import { expectNamesAreLabels, expectNoSeriousViolations } from './accessibility'
import { expect, test } from './fixtures'
import { selectPhrase, SYNCED } from './reviewer-page'

const BRIEFING = readFileSync('tests/fixtures/briefing-quellen-de.txt', 'utf8')
const de = translator('de').t
const PHRASE = 'um rund 60 Prozent'

test('a German briefing in the German app, then switched to English without losing anything', async ({
  page,
  seedRoom
}) => {
  const room = await seedRoom(BRIEFING)
  await page.goto(`/?room=${room}&user=Greta&lang=de`)
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await expect(page.getByRole('status').first()).toHaveText(de('app.connection.online'))
  await expect(page.getByRole('textbox', { name: 'Briefing-Text' })).toContainText('Hollerbach')

  await selectPhrase(page, PHRASE, 'Briefing-Text')
  await page.getByRole('button', { name: 'Behauptung markieren', exact: true }).click()
  const germanList = page.getByRole('list', { name: 'Behauptungen', exact: true })
  await expect(germanList.getByRole('listitem').filter({ hasText: PHRASE })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Quellen' })).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Prüfstatus' })).toBeVisible()
  await expectNamesAreLabels(page, 'German room view')
  await expectNoSeriousViolations(page, 'German room view')

  // The export is written in the briefing's language, whatever the app shows, until changed.
  await page.getByRole('button', { name: 'Exportieren…', exact: true }).click()
  const dialog = page.getByRole('dialog')
  const exportLanguage = dialog.getByRole('combobox', { name: 'Exportsprache' })
  await expect(exportLanguage).toHaveValue('de')
  await expect(dialog).toContainText('NICHT VERIFIZIERT ·')
  await exportLanguage.selectOption('en')
  await expect(dialog).toContainText('NOT VERIFIED ·')
  // The server's refusal, written there, reaches the reviewer in German.
  await dialog.getByRole('radio', { name: 'ClaimReview (JSON-LD)' }).check()
  await expect(dialog).toContainText(de('claimReview.export.leftOut', { count: 1 }))
  await dialog.getByRole('button', { name: 'Trotzdem exportieren', exact: true }).click()
  await expect(dialog.locator('.export-feedback')).toHaveText(
    de('exportText.dialog.failed', { reason: de('claimReview.export.noArticleUrl') })
  )
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  const url = page.url()
  await page.getByRole('combobox', { name: 'Sprache' }).selectOption('en')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('button', { name: 'Tag claim', exact: true })).toBeVisible()
  await expect(page.getByRole('status').first()).toHaveText(SYNCED)
  // Same room, same open claim, nothing reloaded.
  expect(page.url()).toBe(url)
  await expect(page.getByRole('combobox', { name: 'Verification status' })).toBeVisible()
  const list = page.getByRole('list', { name: 'Claims', exact: true })
  await expect(list.getByRole('listitem').filter({ hasText: PHRASE })).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Briefing text' })).toContainText('Hollerbach')
})

test('the reviewer’s choice of language is remembered on this device', async ({ page }) => {
  await page.goto('/?user=Greta')
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de')
  await expect(page.getByRole('combobox', { name: 'Sprache' })).toHaveValue('de')
  await expectNamesAreLabels(page, 'German start screen')
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await expect(page.getByRole('combobox', { name: 'Sprache' })).toHaveValue('de')
})
