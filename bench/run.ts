/**
 * `npm run bench`: our sync server against @y/websocket-server@0.1.1 in the same run.
 * Each server runs in its own process; the clients run here.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createInterface, type Interface } from 'node:readline'
import { setTimeout as delay } from 'node:timers/promises'
import { measureLatency, openRooms, summarize, type LatencyResult } from './latency'

type Kind = 'ours' | 'ours-memory' | 'reference'

interface Host {
  readonly wsBase: string
  readonly heap: () => Promise<number>
  readonly stop: () => void
}

async function startHost(kind: Kind): Promise<Host> {
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', 'bench/server-host.ts', kind],
    { stdio: 'pipe' }
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
  const wsBase = await nextLine('listening ')
  return {
    wsBase,
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

const KINDS: readonly Kind[] = ['reference', 'ours', 'ours-memory']
const LABEL: Record<Kind, string> = {
  reference: '@y/websocket-server 0.1.1 (memory only)',
  ours: 'Claimdesk server (SQLite, stored before broadcast)',
  'ours-memory': 'Claimdesk server (in-memory storage)'
}

/**
 * Runs every server in interleaved rounds, pooling each one's samples, so a
 * burst of noise on this shared machine hits all of them alike.
 */
async function latencyRow(
  clients: number,
  editsPerRound: number,
  rounds: number
): Promise<Map<Kind, LatencyResult>> {
  const hosts = new Map<Kind, Host>()
  for (const kind of KINDS) hosts.set(kind, await startHost(kind))
  const samples = new Map<Kind, number[]>(KINDS.map((kind) => [kind, []]))
  for (const host of hosts.values()) await measureLatency(host.wsBase, clients, 20) // warm-up
  for (let round = 0; round < rounds; round++) {
    for (const [kind, host] of hosts) {
      const result = await measureLatency(host.wsBase, clients, editsPerRound)
      samples.get(kind)?.push(...result.sorted)
    }
  }
  for (const host of hosts.values()) host.stop()
  await delay(300)
  return new Map(KINDS.map((kind) => [kind, summarize(samples.get(kind) ?? [])]))
}

async function heapPerDocument(rooms: number, text: string): Promise<Map<Kind, number>> {
  const results = new Map<Kind, number>()
  for (const kind of KINDS) {
    const host = await startHost(kind)
    const before = await host.heap()
    const close = await openRooms(host.wsBase, rooms, text)
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
  for (const [clients, edits, rounds] of [
    [10, 200, 3],
    [50, 100, 6]
  ] as const) {
    const results = await latencyRow(clients, edits, rounds)
    const reference = results.get('reference')
    console.log(
      `\n## ${clients} clients in one room, ${rounds} interleaved rounds of ${edits} edits`
    )
    console.log('| server | samples | p50 ms | p99 ms | p50 ratio | p99 ratio |')
    console.log('| --- | --- | --- | --- | --- | --- |')
    for (const [kind, result] of results) {
      const p50Ratio = reference ? result.p50 / reference.p50 : Number.NaN
      const p99Ratio = reference ? result.p99 / reference.p99 : Number.NaN
      console.log(
        `| ${LABEL[kind]} | ${result.samples} | ${fmt(result.p50)} | ${fmt(result.p99)} | ${fmt(p50Ratio)} | ${fmt(p99Ratio)} |`
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
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  }
)
