import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'

/** Finds a Chromium to drive: CHROMIUM_PATH, then Debian's, then Playwright's own. */
function findChromium(): string | undefined {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium']
  return candidates.find((path): path is string => Boolean(path && existsSync(path)))
}

export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  reporter: [['list'], ['./tests/support/skip-reason-reporter.ts']],
  retries: 0,
  projects: [
    {
      name: 'chromium',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: findChromium(),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync'
          ]
        }
      }
    },
    { name: 'electron', testDir: 'tests/electron' }
  ]
})
