/** Export… in the browser: the gate lists what is open, and each format downloads from the live room. */
import { readFile } from 'node:fs/promises'
import type { Download, Locator, Page } from '@playwright/test'
import { expect, NEWSROOM, test, uniqueRoom } from './fixtures'
import { openRoom, tagClaim } from './reviewer-page'
import { version } from '../../package.json'

const SAMPLE = readFile('samples/sample-briefing.md', 'utf8')

const ONE_SOURCE_BRIEFING = `The council voted 31 to 9 to build the river heat plant.

Sources:
- Council minutes: https://example.org/minutes
`

const TWO_CLAIM_BRIEFING = `The council voted 31 to 9 to build the river heat plant. The plant costs 12 million euros.

Sources:
- Council minutes: https://example.org/minutes
`

const exportDialog = (page: Page): Locator =>
  page.getByRole('dialog', { name: 'Export verified draft' })

async function openExport(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Export…' }).click()
  const dialog = exportDialog(page)
  await expect(dialog).toBeVisible()
  return dialog
}

/** Chooses `format`, presses the export button, and returns the downloaded file's bytes. */
async function download(page: Page, format: string, button: string): Promise<Buffer> {
  const dialog = exportDialog(page)
  await dialog
    .getByRole('radiogroup', { name: 'Format' })
    .getByRole('radio', { name: format })
    .check()
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: button, exact: true }).click()
  ])
  return readDownload(file)
}

/** Tags "voted 31 to 9", sets it Verified and cites the council minutes; returns the open claim. */
async function verifyTheVote(page: Page): Promise<Locator> {
  await tagClaim(page, 'voted 31 to 9')
  const detail = page.getByRole('region', { name: 'Open claim' })
  await detail
    .getByRole('combobox', { name: 'Verification status' })
    .selectOption({ label: 'Verified' })
  await detail.getByRole('combobox', { name: 'Source', exact: true }).fill('Council minutes')
  await detail.getByRole('button', { name: 'Add source' }).click()
  return detail
}

async function readDownload(file: Download): Promise<Buffer> {
  const path = await file.path()
  return readFile(path)
}

test('Export… in the browser produces the download, and the gate lists the open checks', async ({
  page,
  seedRoom
}) => {
  const room = await seedRoom(await SAMPLE)
  await openRoom(page, room, 'Alice', { firstStatus: true })
  await tagClaim(page, 'voted 31 to 9')

  const dialog = await openExport(page)
  await test.step('the gate lists the unverified, unsourced claim and the uncited sources', async () => {
    const checks = dialog.getByRole('region', { name: 'Open checks' })
    await expect(checks).toContainText('voted 31 to 9')
    await expect(checks).toContainText('is Unverified, not Verified.')
    await expect(checks).toContainText('cites no source.')
    await expect(checks).toContainText('No claim cites the source')
    await expect(checks).toContainText('NOT VERIFIED · 8 open checks')
    await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toHaveCount(0)
  })

  await test.step('Markdown: the draft says NOT VERIFIED inside itself', async () => {
    const markdown = (await download(page, 'Markdown', 'Export anyway')).toString('utf8')
    expect(markdown).toContain('NOT VERIFIED · 8 open checks')
    expect(markdown).toContain('voted 31 to 9')
    // The export names the Claimdesk that wrote it.
    expect(markdown).toMatch(new RegExp(`by Claimdesk ${version.replaceAll('.', '\\.')}\\.`))
    await expect(dialog).toContainText(`Downloaded ${room}-`)
  })

  await test.step('DOCX is a ZIP and JSON-LD an annotation collection', async () => {
    const docx = await download(page, 'Word (DOCX)', 'Export anyway')
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK')
    const jsonld = JSON.parse(
      (await download(page, 'Web Annotation (JSON-LD)', 'Export anyway')).toString('utf8')
    ) as { type?: unknown; total?: unknown }
    expect(jsonld.type).toBe('AnnotationCollection')
  })

  await test.step('PDF opens the print dialog without tripping the CSP', async () => {
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
    })
    await dialog.getByRole('radio', { name: 'PDF' }).check()
    await dialog.getByRole('button', { name: 'Export anyway' }).click()
    await expect(dialog).toContainText('The print dialog opened')
    expect(violations).toEqual([])
  })

  await test.step('Open claim, verify it and cite a source: the gate changes', async () => {
    await dialog
      .getByRole('listitem')
      .filter({ hasText: 'is Unverified' })
      .getByRole('button', { name: 'Open claim' })
      .click()
    await expect(dialog).toBeHidden()
    const detail = page.getByRole('region', { name: 'Open claim' })
    await detail
      .getByRole('combobox', { name: 'Verification status' })
      .selectOption({ label: 'Verified' })
    await detail
      .getByRole('combobox', { name: 'Source', exact: true })
      .fill('Lindenfeld city council, minutes of the session')
    await detail.getByRole('button', { name: 'Add source' }).click()
    await expect(detail.getByRole('link', { name: /minutes of the session/ })).toBeVisible()

    const checks = (await openExport(page)).getByRole('region', { name: 'Open checks' })
    await expect(checks).toContainText('NOT VERIFIED · 5 open checks')
    await expect(checks).not.toContainText('not Verified')
    await expect(checks).not.toContainText('cites no source')
  })
})

test('a fully verified room exports without the banner', async ({ page, seedRoom }) => {
  const room = await seedRoom(ONE_SOURCE_BRIEFING)
  await openRoom(page, room, 'Alice', { firstStatus: true })
  await verifyTheVote(page)

  const dialog = await openExport(page)
  await expect(dialog.getByRole('region', { name: 'Open checks' })).toContainText(
    'All claims verified — ready to export'
  )
  const html = (await download(page, 'HTML', 'Export')).toString('utf8')
  expect(html).toContain('voted 31 to 9')
  expect(html).not.toContain('NOT VERIFIED')
})

test('Export… → ClaimReview (JSON-LD) downloads the verdicts from the server, in the export’s language', async ({
  page,
  request,
  seedRoom
}) => {
  const room = await seedRoom(TWO_CLAIM_BRIEFING)
  await openRoom(page, room, 'Alice', { firstStatus: true })
  const detail = await verifyTheVote(page)
  // Saved when the field loses focus.
  await detail.getByRole('textbox', { name: 'Claimed by' }).fill('Mayor Petra Lind')
  await detail.getByRole('textbox', { name: 'Claimed by' }).press('Tab')
  await tagClaim(page, 'costs 12 million euros')

  const dialog = await openExport(page)
  const format = dialog.getByRole('radiogroup', { name: 'Format' })
  await format.getByRole('radio', { name: 'ClaimReview (JSON-LD)' }).check()
  await test.step('the gate lists the claim without a final verdict, which the file leaves out', async () => {
    const checks = dialog.getByRole('region', { name: 'Open checks' })
    await expect(checks).toContainText(
      '1 claim is not finally reviewed and is left out of ClaimReview.'
    )
    await expect(checks).toContainText('costs 12 million euros')
    await expect(checks).not.toContainText('voted 31 to 9')
  })
  await test.step('without a published article the server refuses, and says why', async () => {
    await dialog.getByRole('button', { name: 'Export anyway', exact: true }).click()
    await expect(dialog.locator('.export-feedback')).toHaveText(
      'The export failed: Set the address of the published article for this room before exporting ClaimReview.'
    )
    await dialog.getByRole('button', { name: 'Cancel' }).click()
  })

  const article = page.getByRole('textbox', { name: 'Published article' })
  await article.fill('https://courier.example/fact-check/heat-plant')
  await page.locator('form', { has: article }).getByRole('button', { name: 'Save' }).click()
  await expect(page.locator('form', { has: article })).toContainText('Saved')

  await openExport(page)
  await dialog.getByRole('combobox', { name: 'Export language' }).selectOption('de')
  const reviews = JSON.parse(
    (await download(page, 'ClaimReview (JSON-LD)', 'Export anyway')).toString('utf8')
  ) as Record<string, unknown>[]
  // What the route gives, which tests/integration/claim-review-export.test.ts validates.
  const route = await request.get(
    `/api/rooms/${room}/export?format=claimreview&lang=de&accept-open=true`
  )
  expect(reviews).toEqual(await route.json())
  expect(reviews).toHaveLength(1)
  expect(reviews[0]).toMatchObject({
    '@type': 'ClaimReview',
    claimReviewed: 'voted 31 to 9',
    url: 'https://courier.example/fact-check/heat-plant',
    reviewRating: { alternateName: 'Verifiziert', ratingValue: 5 },
    itemReviewed: {
      author: { '@type': 'Person', name: 'Mayor Petra Lind' },
      appearance: [{ url: 'https://example.org/minutes' }]
    },
    author: [
      { '@type': 'Organization', ...NEWSROOM },
      { '@type': 'Person', name: 'Alice' }
    ]
  })
})

test('an empty room’s export dialog says there is nothing to export', async ({ page }) => {
  await openRoom(page, uniqueRoom('empty'), 'Alice', { firstStatus: true })
  const dialog = await openExport(page)
  await expect(dialog).toContainText('nothing to export')
  await expect(dialog.getByRole('button', { name: /^Export/ })).toHaveCount(0)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('button', { name: 'Export…' })).toBeFocused()
})
