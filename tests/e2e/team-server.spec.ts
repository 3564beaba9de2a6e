/**
 * A team server in real Chromium: the first admin (made with `npm run members`) signs in,
 * invites a checker and a viewer, who join in browsers of their own. Each sees only what
 * their role may do, and every name shown is the member's name from the server.
 */
import { claimEntry, openClaim, selectPhrase, SYNCED, tagClaim } from './reviewer-page'
import {
  adminWithRoom,
  expect,
  expectAccessible,
  invite,
  joinByInvite,
  test
} from './team-fixtures'

test('an admin invites a checker and a viewer; each sees what their role may do', async ({
  browser,
  teamUrl
}) => {
  const { admin, room } = await adminWithRoom(browser, teamUrl, 'team')

  const checkerLink = await invite(admin, 'checker')
  const viewerLink = await invite(admin, 'viewer')
  const checker = await joinByInvite(browser, teamUrl, checkerLink, 'Bo Checker')
  const viewer = await joinByInvite(browser, teamUrl, viewerLink, 'Vi Viewer')

  // The checker may tag claims but not edit the text, and is told so.
  await checker.goto(`/?room=${room}&user=Somebody%20Else`)
  await expect(checker.getByRole('status')).toHaveText(SYNCED)
  await expect(
    checker.getByText('you can tag claims, but editing the text needs the editor role')
  ).toBeVisible()
  const checkerText = checker.getByRole('textbox', { name: 'Briefing text' })
  await selectPhrase(checker, 'a record')
  await checker.keyboard.type('forged ')
  await expect(checkerText).toContainText('a record')
  await expect(checkerText).not.toContainText('forged')
  await tagClaim(checker, '2.1 million containers')
  // The name in the link is ignored: the server's name for the member is the one used.
  await expect(checker.locator('.reviewer-badge')).toHaveText('Bo Checker')

  // The admin sees the claim tagged under the checker's member name.
  await admin.goto(`/?room=${room}`)
  await expect(admin.getByRole('status')).toHaveText(SYNCED)
  await expect(claimEntry(admin, '2.1 million containers')).toBeVisible()
  await claimEntry(admin, '2.1 million containers').getByRole('button').first().click()
  await expect(openClaim(admin)).toContainText('Tagged by Bo Checker')

  // The viewer's briefing is read-only, with the reason, and offers no tagging or status.
  await viewer.goto(`/?room=${room}`)
  await expect(viewer.getByRole('status')).toHaveText(SYNCED)
  await expect(
    viewer.getByText('Read only: your role in this room is viewer; editing needs the editor role.')
  ).toBeVisible()
  await expect(viewer.getByRole('textbox', { name: 'Briefing text' })).toHaveAttribute(
    'contenteditable',
    'false'
  )
  await expect(viewer.getByRole('button', { name: 'Tag claim' })).toHaveCount(0)
  await claimEntry(viewer, '2.1 million containers').getByRole('button').first().click()
  await expect(openClaim(viewer)).toContainText('Verification status: Unverified')
  await expect(openClaim(viewer).getByLabel('Verification status')).toHaveCount(0)
  await expect(openClaim(viewer).getByRole('button', { name: 'Add comment' })).toHaveCount(0)

  await expectAccessible(viewer, 'a viewer’s room', 4)

  // Presence names come from the server: the admin sees both members by name.
  await expect(admin.getByText('Vi Viewer').first()).toBeVisible()

  // The admin's account page, and changing a member's role from the members page.
  await admin.goto('/')
  await admin.getByRole('button', { name: 'Account' }).click()
  await expect(admin.getByRole('heading', { name: 'Change password' })).toBeVisible()
  await expectAccessible(admin, 'account page', 4)
  await admin.getByRole('button', { name: 'Rooms' }).click()
  await admin.getByRole('button', { name: 'Members' }).click()
  await admin.getByLabel('Role of Vi Viewer').selectOption('commenter')
  await expect(admin.getByText('Vi Viewer is now commenter.')).toBeVisible()
  await viewer.reload()
  await claimEntry(viewer, '2.1 million containers').getByRole('button').first().click()
  await expect(openClaim(viewer).getByRole('button', { name: 'Add comment' })).toBeVisible()

  await admin.context().close()
  await checker.context().close()
  await viewer.context().close()
})

test('a member whose session ended while away signs in again and loses nothing', async ({
  browser,
  teamUrl
}) => {
  const { admin, room } = await adminWithRoom(browser, teamUrl, 'away')
  const member = await joinByInvite(browser, teamUrl, await invite(admin, 'checker'), 'Ola Away')
  await member.goto(`/?room=${room}`)
  await expect(member.getByRole('status')).toHaveText(SYNCED)

  // Offline, Ola tags a claim; meanwhile her session ends (her password changed elsewhere).
  await member.context().setOffline(true)
  await tagClaim(member, 'Exports of machinery')
  const elsewhere = await member.context().browser()?.newContext({ baseURL: teamUrl })
  const other = await elsewhere?.newPage()
  if (!other) throw new Error('no second context')
  await other.goto('/sign-in')
  await other.getByLabel('Email').fill('ola@example.org')
  await other.getByLabel('Password').fill('Ola Away password')
  await other.getByRole('button', { name: 'Sign in' }).click()
  await expect(other.getByText('Signed in as Ola Away')).toBeVisible()
  const changed = await other.request.post('/api/session/password', {
    headers: { 'content-type': 'application/json' },
    data: { current: 'Ola Away password', next: 'a new password for Ola' }
  })
  expect(changed.status()).toBe(204)

  // Back online, the app finds the session gone and asks her to sign in again.
  await member.context().setOffline(false)
  await expect(member.getByRole('heading', { name: 'You are signed out' })).toBeVisible({
    timeout: 20_000
  })
  await member.getByRole('link', { name: 'Sign in' }).click()
  await member.getByLabel('Email').fill('ola@example.org')
  await member.getByLabel('Password').fill('a new password for Ola')
  await member.getByRole('button', { name: 'Sign in' }).click()
  await expect(member.getByRole('status')).toHaveText(SYNCED)

  // The claim she tagged while away reached the room.
  await admin.goto(`/?room=${room}`)
  await expect(claimEntry(admin, 'Exports of machinery')).toBeVisible()
  await admin.context().close()
  await member.context().close()
  await elsewhere?.close()
})
