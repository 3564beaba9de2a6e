/**
 * A team server for e2e tests: its first admin made with `npm run members`, started once per
 * worker, and the steps members take in browsers of their own (sign in, join by invite).
 */
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser, Page } from '@playwright/test'
import { test as base, expect } from '@playwright/test'
import { expectNamesAreLabels, expectNoSeriousViolations } from './accessibility'
import { startServer, stopServer, uniqueRoom } from './fixtures'

/** The first admin. */
export const ADMIN = {
  email: 'alice@example.org',
  name: 'Alice Example',
  password: 'alice-password-1'
}
/** The briefing every team test room starts with. */
export const BRIEFING = `Harbour figures
The harbour handled 2.1 million containers last year, a record.
Exports of machinery rose by 4 percent.

Sources
- Harbour authority report: https://harbour.example/report
`

/** Runs `npm run members -- add` as a newsroom's IT would, the password on standard input. */
function addFirstAdmin(dataDir: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        resolve('server/members-cli.ts'),
        'add',
        '--data',
        dataDir,
        '--email',
        ADMIN.email,
        '--name',
        ADMIN.name,
        '--role',
        'admin'
      ],
      { stdio: ['pipe', 'ignore', 'pipe'] }
    )
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.once('exit', (code) => (code === 0 ? done() : fail(new Error(stderr))))
    child.stdin.end(`${ADMIN.password}\n`)
  })
}

/** Tests with a team server of their own per worker. */
export const test = base.extend<object, { teamUrl: string }>({
  teamUrl: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dataDir = await mkdtemp(join(tmpdir(), 'claimdesk-e2e-team-'))
      await addFirstAdmin(dataDir)
      let child: ChildProcess | undefined
      try {
        const started = await startServer(dataDir)
        child = started.child
        await use(started.url)
      } finally {
        if (child) await stopServer(child)
        await rm(dataDir, { recursive: true, force: true })
      }
    },
    { scope: 'worker' }
  ]
})

/** Checks the page's controls are named by their visible labels and axe finds nothing serious. */
export async function expectAccessible(
  page: Page,
  where: string,
  minControls: number
): Promise<void> {
  await expectNamesAreLabels(page, where, minControls)
  await expectNoSeriousViolations(page, where)
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Sign in to Claimdesk' })).toBeVisible()
  await expectAccessible(page, 'sign-in page', 3)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

/** Joins through an invite link in a browser of its own; returns that browser's page. */
export async function joinByInvite(
  browser: Browser,
  teamUrl: string,
  link: string,
  name: string
): Promise<Page> {
  const context = await browser.newContext({ baseURL: teamUrl })
  const page = await context.newPage()
  await page.goto(link)
  await expectAccessible(page, 'invite page', 4)
  await page.getByLabel('Your name').fill(name)
  await page.getByLabel('Email').fill(`${name.split(' ')[0]?.toLowerCase()}@example.org`)
  await page.getByLabel('Password').fill(`${name} password`)
  await page.getByRole('button', { name: 'Join' }).click()
  await expect(page.getByText(`Signed in as ${name}`)).toBeVisible()
  return page
}

export async function invite(admin: Page, role: string): Promise<string> {
  await admin.getByRole('button', { name: 'Members' }).click()
  await admin.getByLabel('Role', { exact: true }).selectOption(role)
  await admin.getByRole('button', { name: 'Create invite link' }).click()
  const link = (await admin.locator('.invite-link__url').textContent()) ?? ''
  expect(link).toMatch(/\/invite\/cdi_/)
  await expectAccessible(admin, 'members page', 5)
  await admin.getByRole('button', { name: 'Rooms' }).click()
  return link
}

/** The first admin, signed in in a browser of their own, and a fresh room they seeded. */
export async function adminWithRoom(
  browser: Browser,
  teamUrl: string,
  prefix: string
): Promise<{ admin: Page; room: string }> {
  const context = await browser.newContext({ baseURL: teamUrl })
  const admin = await context.newPage()
  await signIn(admin, ADMIN.email, ADMIN.password)
  await expect(admin.getByText(`Signed in as ${ADMIN.name} (admin)`)).toBeVisible()
  const room = uniqueRoom(prefix)
  const seeded = await admin.request.post(`/api/rooms/${room}/briefing`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    data: BRIEFING
  })
  expect(seeded.status()).toBe(201)
  return { admin, room }
}

export { expect }
