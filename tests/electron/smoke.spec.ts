// Launches the built desktop app where an Electron binary exists; reports itself
// skipped, with the path it checked, where none does.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import type { ElectronApplication, Page } from '@playwright/test'
import { _electron as electron, expect, test } from '@playwright/test'
import { locateElectronBinary } from '../../scripts/electron-binary.mjs'

const root = resolve(__dirname, '../..')
const binary = locateElectronBinary({
  electronDir: dirname(require.resolve('electron/package.json')),
  env: process.env,
  fileExists: existsSync,
  readText: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : null)
})

/** Launches the built app with a throwaway profile. */
async function launchApp(executablePath: string): Promise<ElectronApplication> {
  return electron.launch({
    executablePath,
    args: [
      join(root, 'out/main/index.js'),
      `--user-data-dir=${mkdtempSync(join(tmpdir(), 'claimdesk-e2e-'))}`
    ],
    // The embedded server must run under plain Node, which is this test's Node.
    env: { ...process.env, CLAIMDESK_NODE: process.execPath, npm_node_execpath: '' }
  })
}

test('opens a hardened window that stays on the app origin', async () => {
  if (!binary.found) {
    test.skip(true, `Electron binary not installed: ${binary.reason}`)
    return
  }
  const app = await launchApp(binary.path)
  try {
    const page = await app.firstWindow()
    await test.step('shows the start screen', async () => {
      await expect(page).toHaveTitle('Claimdesk')
      await expect(page.getByRole('heading', { level: 1, name: 'Claimdesk' })).toBeVisible()
      await expect(page.getByRole('heading', { name: 'Sync server' })).toBeVisible()
      await expect(page.getByText('Current server: This computer')).toBeVisible()
    })
    await test.step('exposes only window.claimdesk, no Node', async () => {
      expect(await describeGlobals(page)).toEqual({
        keys: [
          'chooseServer',
          'getServerChoice',
          'getServerUrl',
          'onMenuCommand',
          'openBriefingFile',
          'printPdf',
          'saveExport'
        ],
        types: Array<string>(7).fill('function'),
        require: 'undefined',
        process: 'undefined'
      })
    })
    await test.step('blocks navigation and new windows to other origins', async () => {
      const appUrl = page.url()
      const blocked = await page.evaluate(
        () => (globalThis as unknown as PageGlobals).open('https://example.com/') === null
      )
      expect(blocked).toBe(true)
      await page.evaluate(() => {
        const scope = globalThis as unknown as PageGlobals
        scope.location.href = 'https://example.com/'
      })
      // A blocked navigation leaves no event to wait for; give it time to (not) happen.
      await page.waitForTimeout(1_000)
      expect(page.url()).toBe(appUrl)
      expect(app.windows()).toHaveLength(1)
    })
  } finally {
    await app.close()
  }
})

/** The page's window, typed for what these tests touch: the node tsconfig has no DOM types. */
interface PageGlobals {
  open(url: string): unknown
  location: { href: string }
}

/** What the page can see of the preload's API and of Node. */
function describeGlobals(page: Page) {
  return page.evaluate(() => {
    const scope = globalThis as unknown as Record<string, unknown>
    const api = (scope['claimdesk'] ?? {}) as Record<string, unknown>
    return {
      keys: Object.keys(api).sort(),
      types: Object.values(api).map((value) => typeof value),
      require: typeof scope['require'],
      process: typeof scope['process']
    }
  })
}
