/**
 * The offline benchmark: 10,000 edits made offline and merged on reconnect (seen by a reviewer in
 * Chromium and by a Node client), and a 100,000-word room opened from the local copy with the
 * server stopped, against the built app served by the real server CLI.
 * Build first (`npx electron-vite build --outDir /tmp/offline-bench-out`), then
 * `BENCH_BUILD_DIR=/tmp/offline-bench-out npx tsx bench/offline-bench.ts`.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser } from '@playwright/test'
import config from '../playwright.config'
import { seedRoom, startServerCli, type ServerCli } from './editor-rooms'
import { measureLocalOpen, prepareRoom, type LocalOpenFigures } from './offline-local-open'
import { runOfflineMerge, type MergeRun } from './offline-merge'
import { formatLocalOpenTable, formatMergeTable } from './offline-report'

const REPO_ROOT = resolve(__dirname, '..')
const BUILD_DIR = resolve(REPO_ROOT, process.env['BENCH_BUILD_DIR'] ?? 'out')
const BUILT_APP = join(BUILD_DIR, 'renderer/index.html')
const BUILT_SERVER = join(BUILD_DIR, 'main/server.js')
const EDITS = 10_000
const MERGE_RUNS = 5
const OPEN_RUNS = 3
const ROOM_SPECS = [
  { name: 'offline-open-plain', spec: { seed: 2026, words: 100_000, claims: 0 } },
  { name: 'offline-open-claims', spec: { seed: 2026, words: 100_000, claims: 5_000 } }
]

function chromiumLaunchOptions(): { executablePath?: string; args?: string[] } {
  const project = config.projects?.find((candidate) => candidate.name === 'chromium')
  return project?.use?.launchOptions ?? {}
}

function load(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')
}

function log(message: string): void {
  process.stderr.write(`${message}\n`)
}

async function measureMerges(browser: Browser, server: ServerCli): Promise<MergeRun[]> {
  const runs: MergeRun[] = []
  for (let run = 1; run <= MERGE_RUNS; run++) {
    const result = await runOfflineMerge(
      browser,
      server.url,
      server.syncUrl,
      `offline-merge-${run}`,
      EDITS
    )
    log(`merge run ${run}: ${JSON.stringify(result)}`)
    runs.push(result)
  }
  return runs
}

/** Fills each room's local copy online, stops the server, then opens each from its copy. */
async function measureLocalOpens(browser: Browser, server: ServerCli): Promise<LocalOpenFigures[]> {
  const prepared = []
  for (const { name, spec } of ROOM_SPECS) {
    log(`seeding and opening ${name} online…`)
    const room = await seedRoom(server.syncUrl, name, spec)
    prepared.push(await prepareRoom(browser, server.url, room))
  }
  log('stopping the server…')
  await server.stop()
  const figures: LocalOpenFigures[] = []
  for (const room of prepared) {
    const measured = await measureLocalOpen(room, OPEN_RUNS)
    log(`local open ${room.room.name}: ${JSON.stringify(measured.openMs)}`)
    figures.push(measured)
    await room.page.context().close()
  }
  return figures
}

async function main(): Promise<void> {
  if (!existsSync(BUILT_APP) || !existsSync(BUILT_SERVER)) {
    throw new Error(`${BUILT_APP} or ${BUILT_SERVER} is missing: build first`)
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'claimdesk-offline-bench-'))
  let server: ServerCli | null = null
  let browser: Browser | null = null
  const loadBefore = load()
  try {
    server = await startServerCli(BUILT_SERVER, dataDir)
    browser = await chromium.launch(chromiumLaunchOptions())
    const merges = await measureMerges(browser, server)
    const opens = await measureLocalOpens(browser, server)
    process.stdout.write(
      [
        `Chromium ${browser.version()}, build ${BUILD_DIR}; load average (1/5/15 min) ` +
          `before ${loadBefore}, after ${load()}`,
        '',
        formatMergeTable(merges),
        '',
        formatLocalOpenTable(opens),
        ''
      ].join('\n')
    )
  } finally {
    await browser?.close()
    await server?.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`offline bench: ${error instanceof Error ? error.stack : String(error)}\n`)
  process.exit(1)
})
