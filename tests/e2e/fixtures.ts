/** Playwright fixtures: one real Claimdesk server per worker (the built out/main/server.js) on port 0. */
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { test as base, expect } from '@playwright/test'

const SERVER_SCRIPT = resolve('out/main/server.js')
const LISTENING = /listening on (https?:\/\/\S+?)\/?$/
const STARTUP_TIMEOUT_MS = 20_000

/** Fixtures shared by one worker's tests. */
export interface WorkerFixtures {
  /** The running server's origin, e.g. `http://127.0.0.1:40123`. */
  serverUrl: string
}

/** Fixtures made for each test. */
export interface TestFixtures {
  /** Seeds a fresh room with a briefing through the server's API and returns the room's name. */
  seedRoom: (text: string) => Promise<string>
}

/** The newsroom the e2e servers publish ClaimReview in the name of. */
export const NEWSROOM = { name: 'Lindenfeld Courier', url: 'https://courier.example/' }

/**
 * Starts a server on `dataDir` (with `args` after the port and data flags) and resolves with its
 * URL once it prints its first line.
 */
export async function startServer(
  dataDir: string,
  args: readonly string[] = []
): Promise<{ url: string; child: ChildProcess }> {
  if (!existsSync(SERVER_SCRIPT)) {
    throw new Error(`${SERVER_SCRIPT} is missing: run \`npm run build\` before the e2e tests`)
  }
  const child = spawn(
    process.execPath,
    [SERVER_SCRIPT, '--port', '0', '--data', dataDir, ...args],
    {
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const firstLine = new Promise<string>((resolveLine, reject) => {
    const lines = createInterface({ input: child.stdout })
    lines.once('line', resolveLine)
    child.once('exit', (code) =>
      reject(new Error(`server exited (${code}) before listening:\n${stderr}`))
    )
    setTimeout(
      () => reject(new Error(`server did not start within ${STARTUP_TIMEOUT_MS} ms:\n${stderr}`)),
      STARTUP_TIMEOUT_MS
    ).unref()
  })
  try {
    const line = await firstLine
    const url = LISTENING.exec(line)?.[1]
    if (!url) throw new Error(`unexpected first line from the server: ${line}`)
    return { url, child }
  } catch (error) {
    child.kill('SIGKILL')
    throw error
  }
}

export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
  await exited
  clearTimeout(timer)
}

let roomCounter = 0

/** A room name no other test uses. */
export function uniqueRoom(prefix: string): string {
  roomCounter += 1
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${roomCounter}`
}

/** The test API with a live server: `serverUrl`, `baseURL` pointing at it, and `seedRoom`. */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  serverUrl: [
    // Playwright reads fixture dependencies from the destructuring pattern, so it must be there.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dataDir = await mkdtemp(join(tmpdir(), 'claimdesk-e2e-'))
      const newsroom = ['--org-name', NEWSROOM.name, '--org-url', NEWSROOM.url]
      const { url, child } = await startServer(dataDir, newsroom)
      try {
        await use(url)
      } finally {
        await stopServer(child)
        await rm(dataDir, { recursive: true, force: true })
      }
    },
    { scope: 'worker' }
  ],
  baseURL: async ({ serverUrl }, use) => {
    await use(serverUrl)
  },
  seedRoom: async ({ request, serverUrl }, use) => {
    await use(async (text) => {
      const room = uniqueRoom('e2e')
      const response = await request.post(`${serverUrl}/api/rooms/${room}/briefing`, {
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        data: text
      })
      expect(response.status(), await response.text()).toBe(201)
      return room
    })
  }
})

export { expect }
