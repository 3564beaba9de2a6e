/**
 * The editor benchmark: a generated 100,000-word briefing opened in Chromium, once without
 * claims and once with 5,000, against the built app served by the real server CLI.
 * Run `npm run build` first, then `tsx bench/editor-bench.ts`. Prints a Markdown table.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser } from '@playwright/test'
import { measureClaimsScroll, measureTyping, openRoom, type ScrollResult } from './editor-measures'
import { seedRoom, startServerCli, type SeededRoom, type ServerCli } from './editor-rooms'
import { formatTable, type RoomFigures } from './editor-report'
import config from '../playwright.config'

const REPO_ROOT = resolve(__dirname, '..')
/** `npm run build`'s output; BENCH_BUILD_DIR points elsewhere (e.g. `electron-vite build --outDir`). */
const BUILD_DIR = resolve(REPO_ROOT, process.env['BENCH_BUILD_DIR'] ?? 'out')
const BUILT_APP = join(BUILD_DIR, 'renderer/index.html')
const BUILT_SERVER = join(BUILD_DIR, 'main/server.js')
const OPEN_RUNS = 3
const TYPED = 'the committee found no evidence for the figure quoted in the report '
  .repeat(3)
  .slice(0, 200)
/** Ten 104 px rows per frame: a fast fling, so each frame renders rows it has never shown. */
const SCROLL_STEP_PX = 1040

/** Chromium as the Playwright config launches it (executable and no-sandbox/no-network flags). */
function chromiumLaunchOptions(): { executablePath?: string; args?: string[] } {
  const project = config.projects?.find((candidate) => candidate.name === 'chromium')
  return project?.use?.launchOptions ?? {}
}

function checkBuild(): void {
  if (!existsSync(BUILT_APP) || !existsSync(BUILT_SERVER)) {
    throw new Error(`${BUILT_APP} or ${BUILT_SERVER} is missing: run \`npm run build\` first`)
  }
  const built = statSync(BUILT_APP).mtimeMs
  const source = statSync(join(REPO_ROOT, 'src/renderer/src')).mtimeMs
  if (source > built) process.stderr.write('warning: src/renderer changed after the last build\n')
}

async function measureRoom(
  browser: Browser,
  baseUrl: string,
  room: SeededRoom
): Promise<RoomFigures> {
  const url = `${baseUrl}/?room=${encodeURIComponent(room.name)}&user=Bench`
  const openMs: number[] = []
  for (let run = 0; run < OPEN_RUNS; run++) {
    const opened = await openRoom(browser, url, room.briefing.lastParagraph)
    openMs.push(opened.editableAtMs)
    await opened.close()
  }
  const opened = await openRoom(browser, url, room.briefing.lastParagraph)
  try {
    const keys = await measureTyping(opened.page, TYPED)
    let scroll: ScrollResult | null = null
    if (room.briefing.claims > 0) {
      scroll = await measureClaimsScroll(opened.page, room.briefing.claims, SCROLL_STEP_PX)
    }
    return { room, openMs, keys, scroll }
  } finally {
    await opened.close()
  }
}

async function main(): Promise<void> {
  checkBuild()
  const dataDir = mkdtempSync(join(tmpdir(), 'claimdesk-editor-bench-'))
  let server: ServerCli | null = null
  let browser: Browser | null = null
  try {
    server = await startServerCli(BUILT_SERVER, dataDir)
    const plain = await seedRoom(server.syncUrl, 'bench-plain', {
      seed: 2026,
      words: 100_000,
      claims: 0
    })
    const claimed = await seedRoom(server.syncUrl, 'bench-claims', {
      seed: 2026,
      words: 100_000,
      claims: 5_000
    })
    browser = await chromium.launch(chromiumLaunchOptions())
    const figures: RoomFigures[] = []
    for (const room of [plain, claimed]) {
      process.stderr.write(`measuring ${room.name}…\n`)
      figures.push(await measureRoom(browser, server.url, room))
    }
    process.stdout.write(`${formatTable(figures, browser.version())}\n`)
  } finally {
    await browser?.close()
    await server?.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`editor bench: ${error instanceof Error ? error.stack : String(error)}\n`)
  process.exit(1)
})
