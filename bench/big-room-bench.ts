/**
 * The big room on the server: the 100,000-word briefing with 5,000 claims, some of its text
 * deleted and retyped as reviewers do, measured where it used to stall the event loop.
 * - Acknowledgement: the stored snapshot a client is told about after each edit, computed by
 *   walking the document (Y.snapshot, as before) and as tracked (SnapshotTracker), interleaved
 *   edit by edit in one run.
 * - Join: a fresh client's first byte and full sync against the real server (SQLite, in this
 *   process), beside encoding the whole document once, which is what every join cost before.
 * Run: `npx tsx bench/big-room-bench.ts`.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { documentFragment } from '../src/collab/briefing-doc'
import { createSyncServer } from '../server/create-sync-server'
import type { ExportJob } from '../server/export-render'
import { createExportWorkers } from '../server/export-workers'
import { SnapshotTracker } from '../server/snapshot-tracker'
import { createSqliteStorage } from '../server/storage/sqlite-storage'
import { generateBriefing } from './briefing-generator'

const SPEC = { seed: 2026, words: 100_000, claims: 5_000 }
const EDITS = 60

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN
}

const fmt = (ms: number): string => ms.toFixed(2)

/** A big room as the server holds it, with deletions spread through it (real rooms have them). */
function bigRoom(): Y.Doc {
  const doc = new Y.Doc()
  generateBriefing(doc, SPEC)
  const fragment = documentFragment(doc)
  for (let i = 0; i < fragment.length; i += 7) {
    const text = (fragment.get(i) as Y.XmlElement).get(0) as Y.XmlText
    if (text.length > 20) {
      text.delete(5, 6)
      text.insert(5, 'retyped')
    }
  }
  return doc
}

function measureAcks(doc: Y.Doc): void {
  const tracker = new SnapshotTracker(doc)
  const walked: number[] = []
  const tracked: number[] = []
  const typist = new Y.Doc()
  Y.applyUpdate(typist, Y.encodeStateAsUpdate(doc))
  const text = (documentFragment(typist).get(3) as Y.XmlElement).get(0) as Y.XmlText
  for (let edit = 0; edit < EDITS; edit++) {
    const before = Y.encodeStateVector(typist)
    if (edit % 5 === 4) text.delete(0, 1)
    else text.insert(0, 'x')
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(typist, before))
    // Alternate which goes first, so both see the same moments of the machine's noise.
    const runs = [
      () => {
        const started = performance.now()
        Y.encodeSnapshot(Y.snapshot(doc))
        walked.push(performance.now() - started)
      },
      () => {
        const started = performance.now()
        Y.encodeSnapshot(tracker.snapshot())
        tracked.push(performance.now() - started)
      }
    ]
    if (edit % 2 === 1) runs.reverse()
    for (const run of runs) run()
  }
  console.log(`\n## Acknowledgement after one edit (${EDITS} edits, interleaved)`)
  console.log('| snapshot | median ms | p95 ms |')
  console.log('| --- | --- | --- |')
  console.log(
    `| walking the document (Y.snapshot) | ${fmt(quantile(walked, 0.5))} | ${fmt(quantile(walked, 0.95))} |`
  )
  console.log(
    `| tracked as transactions apply | ${fmt(quantile(tracked, 0.5))} | ${fmt(quantile(tracked, 0.95))} |`
  )
  tracker.destroy()
}

/**
 * A client with nothing opens the room and asks for it (sync step 1 with an empty state
 * vector): the time from opening the socket to the first byte of the answer (sync step 2).
 */
function joinOnce(wsBase: string, room: string): Promise<{ firstByte: number }> {
  return new Promise((resolve, reject) => {
    // From before the upgrade: a cold room starts loading as soon as the socket is accepted.
    const started = performance.now()
    const socket = new WebSocket(`${wsBase}/${room}`)
    socket.on('error', reject)
    socket.on('open', () => {
      // Message 0 (sync), type 0 (step 1), an empty state vector (length 1: zero entries).
      socket.send(Uint8Array.from([0, 0, 1, 0]))
    })
    socket.on('message', (data: Buffer) => {
      if (data[0] !== 0 || data[1] !== 1) return
      const firstByte = performance.now() - started
      socket.close()
      resolve({ firstByte })
    })
  })
}

async function measureJoins(doc: Y.Doc): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-big-room-'))
  const server = createSyncServer({ storage: createSqliteStorage(join(dir, 'big.sqlite')) })
  const { url } = await server.listen(0)
  const wsBase = `${url.replace(/^http/, 'ws')}/sync`
  // Seed the room through a client, then let the server compact it (as a warm room is).
  const seeder = new Y.Doc()
  Y.applyUpdate(seeder, Y.encodeStateAsUpdate(doc))
  const provider = new WebsocketProvider(wsBase, 'big', seeder, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true
  })
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()))
  await new Promise((resolve) => setTimeout(resolve, 500))
  const joins: { firstByte: number }[] = []
  const encodes: number[] = []
  for (let i = 0; i < 8; i++) {
    // Another edit first: before, every join after an edit encoded the whole room again.
    ;((documentFragment(seeder).get(1) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'y')
    await new Promise((resolve) => setTimeout(resolve, 50))
    joins.push(await joinOnce(wsBase, 'big'))
    const started = performance.now()
    Y.encodeStateAsUpdate(doc)
    encodes.push(performance.now() - started)
  }
  provider.destroy()
  await server.close()
  rmSync(dir, { recursive: true, force: true })
  const bytes = Y.encodeStateAsUpdate(doc).length
  console.log(
    `\n## A fresh client joins the warm room (${(bytes / 1024 / 1024).toFixed(1)} MiB of state, 8 joins, each after an edit)`
  )
  console.log('| measure | median ms | max ms |')
  console.log('| --- | --- | --- |')
  const firstBytes = joins.map((j) => j.firstByte)
  console.log(
    `| first byte of the answer (sync step 2) | ${fmt(quantile(firstBytes, 0.5))} | ${fmt(Math.max(...firstBytes))} |`
  )
  console.log(
    `| encoding the whole room once on the server's loop (each join before) | ${fmt(quantile(encodes, 0.5))} | ${fmt(Math.max(...encodes))} |`
  )
}

function client(wsBase: string, room: string, doc = new Y.Doc()): Promise<WebsocketProvider> {
  const provider = new WebsocketProvider(wsBase, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true
  })
  return new Promise((resolve) => provider.once('sync', () => resolve(provider)))
}

/**
 * Relay latency in a small bystander room while a typist in the big room makes it compact
 * (every 100 of its updates, with compactAfterUpdates at 5), with the snapshot encoded in the
 * worker thread or on the event loop.
 */
async function measureCompactionStalls(
  doc: Y.Doc,
  where: 'worker' | 'loop'
): Promise<{ latencies: number[]; rows: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-compaction-'))
  const workers = createExportWorkers()
  // Without compact(), the room encodes its compactions on the event loop, as it did before.
  const exports =
    where === 'worker'
      ? workers
      : { run: (job: ExportJob) => workers.run(job), close: () => workers.close() }
  const storage = createSqliteStorage(join(dir, 'big.sqlite'))
  const server = createSyncServer({
    storage,
    limits: { compactAfterUpdates: 5, compactDelayMs: 1 },
    exports
  })
  const { url } = await server.listen(0)
  const wsBase = `${url.replace(/^http/, 'ws')}/sync`
  const typistDoc = new Y.Doc()
  Y.applyUpdate(typistDoc, Y.encodeStateAsUpdate(doc))
  const typist = await client(wsBase, 'big', typistDoc)
  const [writer, reader] = [await client(wsBase, 'small'), await client(wsBase, 'small')]
  const latencies: number[] = []
  const text = (documentFragment(typistDoc).get(2) as Y.XmlElement).get(0) as Y.XmlText
  for (let edit = 0; edit < 400; edit++) {
    text.insert(0, 'k')
    const arrived = new Promise<number>((resolve) => {
      const shared = reader.doc.getText('bystander')
      const handle = (): void => {
        shared.unobserve(handle)
        resolve(performance.now())
      }
      shared.observe(handle)
    })
    const sent = performance.now()
    writer.doc.getText('bystander').insert(0, 'b')
    latencies.push((await arrived) - sent)
    await new Promise((resolve) => setTimeout(resolve, 2))
  }
  const rows = (await storage.loadUpdates('big')).length
  for (const provider of [typist, writer, reader]) provider.destroy()
  await server.close()
  rmSync(dir, { recursive: true, force: true })
  return { latencies, rows }
}

/**
 * A room of 20,000 uncompacted rows (the big room's state, then 20,000 keystrokes) loaded cold
 * by a fresh server on its file: the time from a join to the first byte of sync step 2.
 */
async function measureColdLoad(doc: Y.Doc): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-cold-'))
  const file = join(dir, 'cold.sqlite')
  const rows: Uint8Array[] = [Y.encodeStateAsUpdate(doc)]
  const typist = new Y.Doc()
  Y.applyUpdate(typist, rows[0] ?? new Uint8Array())
  typist.on('update', (update: Uint8Array) => rows.push(update))
  const text = (documentFragment(typist).get(4) as Y.XmlElement).get(0) as Y.XmlText
  for (let i = 0; i < 20_000; i++) {
    if (i % 5 === 4) text.delete(0, 1)
    else text.insert(0, 'x')
  }
  const writing = createSqliteStorage(file)
  await writing.appendUpdates('cold', rows)
  await writing.close()
  const server = createSyncServer({ storage: createSqliteStorage(file) })
  const { url } = await server.listen(0)
  const { firstByte } = await joinOnce(`${url.replace(/^http/, 'ws')}/sync`, 'cold')
  await server.close()
  rmSync(dir, { recursive: true, force: true })
  return firstByte
}

async function main(): Promise<void> {
  process.setMaxListeners(0)
  console.log(`# Big room on the server  ${new Date().toISOString()}  node ${process.version}`)
  const doc = bigRoom()
  measureAcks(doc)
  await measureJoins(doc)
  const cold = await measureColdLoad(doc)
  console.log('\n## A room of 20,001 uncompacted rows, loaded cold')
  console.log(`| first byte of sync step 2 after the join | ${fmt(cold)} ms |`)
  console.log('| --- | --- |')
  const loop = await measureCompactionStalls(doc, 'loop')
  const worker = await measureCompactionStalls(doc, 'worker')
  console.log('\n## A bystander room while the big room compacts (400 edits each)')
  console.log(
    '| compaction encoded | bystander p50 ms | p99 ms | max ms | big room rows at the end |'
  )
  console.log('| --- | --- | --- | --- | --- |')
  for (const [label, { latencies: samples, rows }] of [
    ['on the event loop (before)', loop],
    ['in the worker thread (now)', worker]
  ] as const) {
    console.log(
      `| ${label} | ${fmt(quantile(samples, 0.5))} | ${fmt(quantile(samples, 0.99))} | ${fmt(Math.max(...samples))} | ${rows} |`
    )
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  }
)
