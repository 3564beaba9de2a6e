/** The editor benchmark's server (the built CLI as a child process) and its seeded rooms. */
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { createInterface } from 'node:readline'
import * as Y from 'yjs'
import { documentFragment } from '../src/collab/briefing-doc'
import { claimsMap } from '../src/collab/claims/claims-doc'
import { createClient, type TestClient } from '../tests/support/clients'
import { waitFor } from '../tests/support/wait-for'
import { generateBriefing, type BriefingSpec, type GeneratedBriefing } from './briefing-generator'

/** The running server CLI. */
export interface ServerCli {
  /** `http://127.0.0.1:PORT` without a trailing slash. */
  readonly url: string
  readonly syncUrl: string
  stop(): Promise<void>
}

const LISTENING = /^Claimdesk listening on (http:\/\/\S+?)\/?$/

/** Starts `node out/main/server.js --port 0 --data DIR` and waits for its first stdout line. */
export function startServerCli(serverJs: string, dataDir: string): Promise<ServerCli> {
  const child = spawn(process.execPath, [serverJs, '--port', '0', '--data', dataDir], {
    // A build outside the repo (BENCH_BUILD_DIR) still finds the repo's dependencies.
    env: { ...process.env, NODE_PATH: resolve(__dirname, '../node_modules') },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  return new Promise((resolveStart, rejectStart) => {
    createInterface({ input: child.stdout }).once('line', (line) => {
      const url = LISTENING.exec(line)?.[1]
      if (!url) return rejectStart(new Error(`unexpected first line from the server: ${line}`))
      resolveStart({
        url,
        syncUrl: `${url.replace(/^http/, 'ws')}/sync`,
        stop: () => {
          if (child.exitCode === null) child.kill('SIGTERM')
          return exited
        }
      })
    })
    void exited.then(() => rejectStart(new Error(`the server exited before listening: ${stderr}`)))
  })
}

/** A room the benchmark seeded, with what was put in it. */
export interface SeededRoom {
  readonly name: string
  readonly briefing: GeneratedBriefing
  readonly updateBytes: number
}

/**
 * Seeds `room` once through a stock y-websocket client, then checks with a second client that
 * the server holds all of it before the browser ever opens the room.
 */
export async function seedRoom(
  syncUrl: string,
  room: string,
  spec: BriefingSpec
): Promise<SeededRoom> {
  const writer = createClient(syncUrl, room)
  let reader: TestClient | null = null
  try {
    await writer.synced()
    if (documentFragment(writer.doc).length > 0) throw new Error(`room ${room} is not empty`)
    const briefing = generateBriefing(writer.doc, spec)
    const updateBytes = Y.encodeStateAsUpdate(writer.doc).length
    const second = createClient(syncUrl, room)
    reader = second
    await second.synced()
    await waitFor(
      () =>
        documentFragment(second.doc).length === briefing.paragraphs &&
        claimsMap(second.doc).size === briefing.claims,
      `room ${room} to reach the server and a second client`,
      60_000
    )
    return { name: room, briefing, updateBytes }
  } finally {
    writer.destroy()
    reader?.destroy()
  }
}
