/**
 * Many rooms at once: ROOMS rooms × CLIENTS reviewers, each typing EDITS_PER_SECOND edits a
 * second, against each server in turn (slices of SLICE_MS, alternating, so every server sees
 * the same moments of this machine's noise). Latency from an edit to its arrival at each other
 * reviewer of its room. Servers: ours (SQLite) with the default checkpoint policy and with a
 * smaller bound of writes per checkpoint, and @y/websocket-server with y-leveldb.
 * Run: `npx tsx bench/many-rooms.ts`.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createInterface } from 'node:readline'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

const ROOMS = 200
const CLIENTS = 5
const EDITS_PER_SECOND = 2
const SLICE_MS = 6_000
const SLICES = 3

interface Target {
  readonly label: string
  readonly kind: string
  readonly env: Record<string, string | undefined>
}

// The same quotas are raised on every Claimdesk host (bench/server-host.ts): one machine here
// stands for the many reviewers' machines.
const TARGETS: readonly Target[] = [
  { label: '@y/websocket-server 0.1.1 with y-leveldb', kind: 'reference-leveldb', env: {} },
  { label: 'Claimdesk (SQLite), checkpoint after 2,000 writes', kind: 'ours', env: {} },
  {
    label: 'Claimdesk (SQLite), checkpoint after 250 writes',
    kind: 'ours',
    env: { BENCH_CHECKPOINT_WRITES: '250' }
  }
]

async function startHost(target: Target): Promise<{ wsBase: string; stop: () => void }> {
  const env = {
    ...process.env,
    ...target.env,
    ...(target.kind === 'reference-leveldb'
      ? { YPERSISTENCE: mkdtempSync(join(tmpdir(), 'bench-leveldb-')) }
      : {})
  }
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/server-host.ts', target.kind], {
    stdio: 'pipe',
    env
  })
  child.stderr.pipe(process.stderr)
  const lines = createInterface({ input: child.stdout })
  const wsBase = await new Promise<string>((resolve) =>
    lines.on('line', (line) => {
      if (line.startsWith('listening ')) resolve(line.slice('listening '.length))
    })
  )
  return { wsBase, stop: () => child.stdin.end() }
}

interface Reviewer {
  readonly doc: Y.Doc
  readonly provider: WebsocketProvider
}

/** Opens every room's reviewers on one server and waits for all to sync. */
async function openRooms(wsBase: string): Promise<Reviewer[][]> {
  const rooms: Reviewer[][] = []
  for (let room = 0; room < ROOMS; room++) {
    const reviewers = Array.from({ length: CLIENTS }, () => {
      const doc = new Y.Doc()
      const provider = new WebsocketProvider(wsBase, `load-${room}`, doc, {
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true
      })
      return { doc, provider }
    })
    rooms.push(reviewers)
  }
  await Promise.all(
    rooms.flat().map(
      ({ provider }) =>
        new Promise<void>((resolve) => {
          if (provider.synced) resolve()
          else provider.once('sync', () => resolve())
        })
    )
  )
  return rooms
}

/** Runs the load for `ms` and returns the latencies of every arrival. */
async function load(rooms: Reviewer[][], ms: number): Promise<number[]> {
  const samples: number[] = []
  const sentAt = new Map<string, number>()
  const unobserve: (() => void)[] = []
  for (const reviewers of rooms) {
    for (const reviewer of reviewers) {
      const marks = reviewer.doc.getMap<string>('marks')
      const handle = (event: Y.YMapEvent<string>): void => {
        if (event.transaction.local) return
        const now = performance.now()
        for (const key of event.keysChanged) {
          const sent = sentAt.get(String(key))
          if (sent !== undefined) samples.push(now - sent)
        }
      }
      marks.observe(handle)
      unobserve.push(() => marks.unobserve(handle))
    }
  }
  let counter = 0
  const timers = rooms.flat().map((reviewer) =>
    setInterval(
      () => {
        const key = `e${(counter += 1)}`
        sentAt.set(key, performance.now())
        reviewer.doc.getMap<string>('marks').set(key, 'x')
      },
      1000 / EDITS_PER_SECOND + Math.random() * 20
    )
  )
  await new Promise((resolve) => setTimeout(resolve, ms))
  timers.forEach(clearInterval)
  await new Promise((resolve) => setTimeout(resolve, 500))
  unobserve.forEach((stop) => stop())
  return samples
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN
}

async function main(): Promise<void> {
  process.setMaxListeners(0)
  console.log(
    `# Many rooms: ${ROOMS} rooms × ${CLIENTS} reviewers × ${EDITS_PER_SECOND} edits/s  ${new Date().toISOString()}`
  )
  const hosts = await Promise.all(TARGETS.map(startHost))
  const opened: Reviewer[][][] = []
  for (const host of hosts) opened.push(await openRooms(host.wsBase))
  const samples: number[][] = TARGETS.map(() => [])
  for (let slice = 0; slice < SLICES; slice++) {
    for (let index = 0; index < TARGETS.length; index++) {
      const turn = (index + slice) % TARGETS.length
      samples[turn]?.push(...(await load(opened[turn] ?? [], SLICE_MS)))
    }
  }
  for (const rooms of opened) for (const reviewer of rooms.flat()) reviewer.provider.destroy()
  hosts.forEach((host) => host.stop())
  console.log('| server | samples | p50 ms | p99 ms | p99.9 ms | max ms |')
  console.log('| --- | --- | --- | --- | --- | --- |')
  TARGETS.forEach((target, index) => {
    const sorted = [...(samples[index] ?? [])].sort((a, b) => a - b)
    const fmt = (value: number): string => value.toFixed(2)
    console.log(
      `| ${target.label} | ${sorted.length} | ${fmt(quantile(sorted, 0.5))} | ${fmt(quantile(sorted, 0.99))} | ${fmt(quantile(sorted, 0.999))} | ${fmt(sorted.at(-1) ?? Number.NaN)} |`
    )
  })
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  }
)
