/**
 * `npm run bench`: our sync server against @y/websocket-server@0.1.1 in the same run.
 * Each server runs in its own process; the clients run here.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface, type Interface } from 'node:readline'
import { setTimeout as delay } from 'node:timers/promises'
import { hashPassword, SCRYPT_COST, verifyPassword } from '../server/accounts/passwords'
import { measureInterleaved, openRooms, summarize, type LatencyResult } from './latency'
import type { BenchTarget } from './latency'

type Kind =
  | 'ours'
  | 'ours-roles'
  | 'ours-unrecorded'
  | 'ours-memory'
  | 'reference'
  | 'reference-leveldb'
  | 'baseline'

/**
 * BENCH_BASELINE=DIR adds our server as another checkout in DIR has it (e.g. a git worktree
 * of the previous release, with node_modules linked in), to the same interleaved run: the
 * way to tell whether a change slowed the honest path, when machines differ from run to run.
 */
const BASELINE_DIR = process.env['BENCH_BASELINE']

interface Host {
  readonly wsBase: string
  /** Signs the benchmark's clients in, on a team server. */
  readonly headers?: Readonly<Record<string, string>>
  readonly heap: () => Promise<number>
  readonly stop: () => void
}

async function startHost(kind: Kind): Promise<Host> {
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', 'bench/server-host.ts', kind === 'baseline' ? 'ours' : kind],
    {
      stdio: 'pipe',
      ...(kind === 'baseline' ? { cwd: BASELINE_DIR } : {}),
      env:
        kind === 'reference-leveldb'
          ? { ...process.env, YPERSISTENCE: mkdtempSync(join(tmpdir(), 'bench-leveldb-')) }
          : process.env
    }
  )
  child.stderr.pipe(process.stderr)
  const lines: Interface = createInterface({ input: child.stdout })
  const nextLine = (prefix: string): Promise<string> =>
    new Promise((resolve, reject) => {
      const handleExit = (code: number | null): void => {
        lines.off('line', handleLine)
        reject(new Error(`${kind} host exited with ${code}`))
      }
      const handleLine = (line: string): void => {
        if (!line.startsWith(prefix)) return
        lines.off('line', handleLine)
        child.off('exit', handleExit)
        resolve(line.slice(prefix.length))
      }
      lines.on('line', handleLine)
      child.once('exit', handleExit)
    })
  const token = kind === 'ours-roles' ? await nextLine('token ') : undefined
  const wsBase = await nextLine('listening ')
  return {
    wsBase,
    headers: token ? { Authorization: `Bearer ${token}` } : undefined,
    heap: async () => {
      child.stdin.write('heap\n')
      return Number(await nextLine('heap '))
    },
    // Closing stdin asks the host to shut down; the kill is for a host that hangs doing so.
    stop: () => {
      child.stdin.end()
      setTimeout(() => child.kill('SIGKILL'), 2000).unref()
    }
  }
}

const KINDS: readonly Kind[] = [
  'reference',
  'reference-leveldb',
  'ours',
  'ours-roles',
  'ours-unrecorded',
  'ours-memory',
  ...(BASELINE_DIR ? (['baseline'] as const) : [])
]
const LABEL: Record<Kind, string> = {
  reference: '@y/websocket-server 0.1.1 (memory only)',
  'reference-leveldb': '@y/websocket-server 0.1.1 with y-leveldb (persistent)',
  ours: 'Claimdesk server (SQLite, stored before broadcast, with its activity log)',
  'ours-unrecorded': 'Claimdesk server (SQLite, no activity log or versions)',
  'ours-roles': 'Claimdesk team server (SQLite, every update checked against its sender’s role)',
  'ours-memory': 'Claimdesk server (in-memory storage)',
  baseline: `Claimdesk server as in ${BASELINE_DIR ?? ''} (SQLite)`
}

/**
 * Each row runs `rounds` rounds; a round opens a fresh room per server and
 * records `edits` edits in each after WARM_UP unrecorded ones. Fresh rooms keep
 * the text short (a long text makes every insert slower, for every server);
 * many edits are needed because the p99 is decided by the few edits that hit
 * a pause (a GC, the scheduler), each of which delays all N-1 receivers.
 */
const ROWS = [
  { clients: 10, rounds: 20, edits: 500 },
  { clients: 50, rounds: 20, edits: 250 }
] as const
const WARM_UP = 20
/** The run is cut into this many consecutive stretches to show how much p99 moves within it. */
const STRETCHES = 5

interface LatencyRow {
  readonly overall: LatencyResult
  /** p99 of each consecutive stretch of the run (the same moments for every server). */
  readonly stretchP99: readonly number[]
}

function stretches(samples: readonly number[]): number[][] {
  const size = Math.ceil(samples.length / STRETCHES)
  return Array.from({ length: STRETCHES }, (_, index) =>
    samples.slice(index * size, (index + 1) * size)
  )
}

/** All servers at once, edits alternating between them (see measureInterleaved). */
async function latencyRow(
  clients: number,
  rounds: number,
  edits: number
): Promise<Map<Kind, LatencyRow>> {
  const hosts = new Map<Kind, Host>()
  for (const kind of KINDS) hosts.set(kind, await startHost(kind))
  const wsBases: BenchTarget[] = KINDS.map((kind) => {
    const host = hosts.get(kind)
    return { wsBase: host?.wsBase ?? '', headers: host?.headers }
  })
  const samples: number[][] = KINDS.map(() => [])
  for (let round = 0; round < rounds; round++) {
    const roundSamples = await measureInterleaved(wsBases, clients, edits, WARM_UP)
    roundSamples.forEach((own, index) => samples[index]?.push(...own))
  }
  for (const host of hosts.values()) host.stop()
  await delay(300)
  return new Map(
    KINDS.map((kind, index) => {
      const own = samples[index] ?? []
      const row: LatencyRow = {
        overall: summarize(own),
        stretchP99: stretches(own).map((stretch) => summarize(stretch).p99)
      }
      return [kind, row]
    })
  )
}

async function heapPerDocument(rooms: number, text: string): Promise<Map<Kind, number>> {
  const results = new Map<Kind, number>()
  for (const kind of KINDS) {
    const host = await startHost(kind)
    const before = await host.heap()
    const close = await openRooms({ wsBase: host.wsBase, headers: host.headers }, rooms, text)
    await delay(500)
    const after = await host.heap()
    results.set(kind, (after - before) / rooms)
    close()
    host.stop()
    await delay(300)
  }
  return results
}

const fmt = (value: number): string => value.toFixed(2)

async function main(): Promise<void> {
  // Every y-websocket provider in Node adds a process 'exit' listener; 50 clients are expected.
  process.setMaxListeners(0)
  console.log(`# Claimdesk sync benchmark  ${new Date().toISOString()}  node ${process.version}`)
  for (const { clients, rounds, edits } of ROWS) {
    const results = await latencyRow(clients, rounds, edits)
    const reference = results.get('reference')
    const leveldb = results.get('reference-leveldb')
    console.log(
      `\n## ${clients} clients per room, ${rounds} rounds of ${edits} edits per server, interleaved`
    )
    console.log(
      '| server | samples | p50 ms | p99 ms | p50 ratio | p99 ratio | p50 vs y-leveldb | p99 vs y-leveldb | p99 ratio by fifth of the run |'
    )
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
    for (const [kind, { overall, stretchP99 }] of results) {
      const ratio = (value: number, base: number | undefined): string =>
        base === undefined ? 'n/a' : fmt(value / base)
      const byStretch = stretchP99
        .map((p99, index) => ratio(p99, reference?.stretchP99[index]))
        .join(' ')
      console.log(
        `| ${LABEL[kind]} | ${overall.samples} | ${fmt(overall.p50)} | ${fmt(overall.p99)} | ${ratio(overall.p50, reference?.overall.p50)} | ${ratio(overall.p99, reference?.overall.p99)} | ${ratio(overall.p50, leveldb?.overall.p50)} | ${ratio(overall.p99, leveldb?.overall.p99)} | ${byStretch} |`
      )
    }
  }
  const sample = readFileSync('samples/sample-briefing.md', 'utf8')
  const rooms = 100
  const heap = await heapPerDocument(rooms, sample)
  console.log(`\n## Server heap per open document (${rooms} rooms, sample briefing each)`)
  console.log('| server | KiB per document |')
  console.log('| --- | --- |')
  for (const [kind, bytes] of heap) console.log(`| ${LABEL[kind]} | ${fmt(bytes / 1024)} |`)
  await passwordCost()
}

/** What one sign-in costs the server: the scrypt hash, measured here. */
async function passwordCost(): Promise<void> {
  const runs = 10
  const stored = await hashPassword('a password to measure')
  const started = performance.now()
  for (let i = 0; i < runs; i++) await verifyPassword('a password to measure', stored)
  const ms = (performance.now() - started) / runs
  const memory = 128 * 2 ** SCRYPT_COST.log2N * SCRYPT_COST.r
  console.log('\n## Password hash (scrypt) per sign-in')
  console.log('| N | r | p | memory | ms per hash (mean of 10) |')
  console.log('| --- | --- | --- | --- | --- |')
  console.log(
    `| 2^${SCRYPT_COST.log2N} | ${SCRYPT_COST.r} | ${SCRYPT_COST.p} | ${memory / 1024 / 1024} MiB | ${fmt(ms)} |`
  )
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  }
)
