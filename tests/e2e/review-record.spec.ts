/**
 * The review record in real Chromium on a team server: a checker verifies, another member
 * confirms (the gate and the Markdown export name both), and an editor restores a version
 * after a large deletion while the checker watches it come back live.
 */
import type { Page } from '@playwright/test'
import { claimEntry, openClaim, SYNCED, tagClaim } from './reviewer-page'
import {
  ADMIN,
  adminWithRoom,
  expect,
  expectAccessible,
  invite,
  joinByInvite,
  test
} from './team-fixtures'

const CLAIM = '2.1 million containers'

async function openTheClaim(page: Page): Promise<void> {
  await claimEntry(page, CLAIM).getByRole('button').first().click()
  await expect(openClaim(page)).toBeVisible()
}

test('one member verifies, another confirms; the gate and the Markdown export name both', async ({
  browser,
  teamUrl
}) => {
  const { admin, room } = await adminWithRoom(browser, teamUrl, 'second-check')
  const checker = await joinByInvite(browser, teamUrl, await invite(admin, 'checker'), 'Bo Checker')

  await checker.goto(`/?room=${room}`)
  await expect(checker.getByRole('status')).toHaveText(SYNCED)
  await tagClaim(checker, CLAIM)
  await openTheClaim(checker)
  const detail = openClaim(checker)
  await detail
    .getByRole('combobox', { name: 'Source', exact: true })
    .fill('Harbour authority report')
  await detail.getByRole('button', { name: 'Add source' }).click()
  await detail
    .getByRole('combobox', { name: 'Verification status' })
    .selectOption({ label: 'Verified' })
  await expect(claimEntry(checker, CLAIM)).toContainText('Verified · awaiting second check')
  await expect(detail.getByRole('group', { name: 'Second check' })).toContainText(
    'Another member with the checker role must confirm it.'
  )
  await expect(detail.getByRole('button', { name: 'Confirm verification' })).toHaveCount(0)

  // The admin, in a browser of their own, sees the gate hold the claim back.
  await admin.goto(`/?room=${room}`)
  await expect(admin.getByRole('status')).toHaveText(SYNCED)
  await admin.getByRole('button', { name: 'Export…' }).click()
  const dialog = admin.getByRole('dialog', { name: 'Export verified draft' })
  await expect(dialog.getByRole('region', { name: 'Open checks' })).toContainText(
    'is Verified by Bo Checker, awaiting a second check.'
  )
  await dialog.getByRole('button', { name: 'Cancel' }).click()

  await openTheClaim(admin)
  await openClaim(admin).getByRole('button', { name: 'Confirm verification' }).click()
  await expect(openClaim(admin).getByRole('group', { name: 'Second check' })).toContainText(
    `Verified by Bo Checker`
  )
  await expect(openClaim(checker).getByRole('group', { name: 'Second check' })).toContainText(
    `confirmed by ${ADMIN.name}`
  )
  await expect(claimEntry(checker, CLAIM).locator('.status-badge')).toHaveText('Verified')
  // The claim's own activity, from the server's record, names both members.
  await openClaim(admin).getByText('Activity of this claim').click()
  const ownActivity = openClaim(admin).locator('.claim-activity')
  await expect(ownActivity).toContainText(`${ADMIN.name} confirmed the verification`, {
    timeout: 10_000
  })
  await expect(ownActivity).toContainText('Bo Checker set the status Unverified → Verified')
  await expectAccessible(admin, 'a confirmed claim', 6)

  await admin.getByRole('button', { name: 'Export…' }).click()
  await expect(dialog.getByRole('region', { name: 'Open checks' })).not.toContainText(
    'awaiting a second check'
  )
  const [download] = await Promise.all([
    admin.waitForEvent('download'),
    dialog.getByRole('button', { name: /^Export( anyway)?$/ }).click()
  ])
  const markdown = await readDownload(download)
  expect(markdown).toContain(`Verified by Bo Checker · confirmed by ${ADMIN.name}`)

  await admin.context().close()
  await checker.context().close()
})

test('an editor restores a version after a large deletion, and the checker sees it live', async ({
  browser,
  teamUrl
}) => {
  const { admin, room } = await adminWithRoom(browser, teamUrl, 'restore')
  const checker = await joinByInvite(browser, teamUrl, await invite(admin, 'checker'), 'Cy Checker')
  const editor = await joinByInvite(browser, teamUrl, await invite(admin, 'editor'), 'Eda Editor')
  await admin.context().close()
  await checker.goto(`/?room=${room}`)
  await expect(checker.getByRole('status')).toHaveText(SYNCED)
  const checkerText = checker.getByRole('textbox', { name: 'Briefing text' })
  await expect(checkerText).toContainText('Exports of machinery')

  await editor.goto(`/?room=${room}`)
  await expect(editor.getByRole('status')).toHaveText(SYNCED)
  const text = editor.getByRole('textbox', { name: 'Briefing text' })
  await text.click()
  await editor.keyboard.press('ControlOrMeta+a')
  await editor.keyboard.press('Delete')
  await expect(checkerText).not.toContainText('Exports of machinery')

  const versions = editor.getByRole('region', { name: 'Versions' })
  const entry = versions.getByRole('listitem').filter({ hasText: 'Before a large deletion' })
  await expect(entry).toBeVisible({ timeout: 10_000 })
  await entry.getByRole('button', { name: 'Open' }).click()
  await expect(versions.getByRole('region', { name: /^Version:/ })).toContainText(
    'Exports of machinery'
  )
  await expectAccessible(editor, 'a version opened beside the room', 6)
  await entry.getByRole('button', { name: 'Restore' }).click()
  await expect(checkerText).toContainText('Exports of machinery rose by 4 percent.')
  await expect(text).toContainText('2.1 million containers last year')

  // The checker may open versions but not restore them; the editor's log names the restore.
  await expect(
    checker.getByRole('region', { name: 'Versions' }).getByRole('button', { name: 'Restore' })
  ).toHaveCount(0)
  await expect(editor.getByRole('region', { name: 'Activity' })).toContainText(
    `Eda Editor restored the version`,
    { timeout: 10_000 }
  )
  await expect(checker.getByRole('region', { name: 'Activity' })).toHaveCount(0)

  await editor.context().close()
  await checker.context().close()
})

async function readDownload(download: { path(): Promise<string | null> }): Promise<string> {
  const { readFile } = await import('node:fs/promises')
  const path = await download.path()
  if (!path) throw new Error('no download')
  return readFile(path, 'utf8')
}
