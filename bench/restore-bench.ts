/**
 * Versions of the big room through the real server (SQLite, in this process): saving one by
 * hand, opening one read-only, and restoring one after a wipe until every connected client
 * shows it; and what the version costs in the store. Run: `npx tsx bench/restore-bench.ts`.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { documentFragment, sourceList } from '../src/collab/briefing-doc'
import { claimsMap } from '../src/collab/claims/claims-doc'
import { createSyncServer } from '../server/create-sync-server'
import type { VersionInfo } from '../server/storage/record-store'
import { createSqliteStorage } from '../server/storage/sqlite-storage'
import { generateBriefing } from './briefing-generator'

const SPEC = { seed: 2026, words: 100_000, claims: 5_000 }
const CLIENTS = 3
const RUNS = 3

const fmt = (ms: number): string => ms.toFixed(0)
const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN

function client(wsBase: string, doc = new Y.Doc()): Promise<WebsocketProvider> {
  const provider = new WebsocketProvider(wsBase, 'big', doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true
  })
  return new Promise((resolve) => provider.once('sync', () => resolve(provider)))
}

function until(check: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const poll = (): void => (check() ? resolve() : void setTimeout(poll, 2))
    poll()
  })
}

async function untilAsync(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 10))
}

function wipe(doc: Y.Doc): void {
  doc.transact(() => {
    const fragment = documentFragment(doc)
    fragment.delete(0, fragment.length)
    for (const id of [...claimsMap(doc).keys()]) claimsMap(doc).delete(id)
    sourceList(doc).delete(0, sourceList(doc).length)
  })
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-restore-'))
  const storage = createSqliteStorage(join(dir, 'big.sqlite'))
  const server = createSyncServer({ storage })
  const { url } = await server.listen(0)
  const wsBase = `${url.replace(/^http/, 'ws')}/sync`
  const seed = new Y.Doc()
  generateBriefing(seed, SPEC)
  const clients = [await client(wsBase, seed)]
  for (let i = 1; i < CLIENTS; i++) clients.push(await client(wsBase))
  const [first] = clients
  if (!first) throw new Error('no client')
  await until(() => clients.every((c) => claimsMap(c.doc).size === SPEC.claims))

  const saves: number[] = []
  const opens: number[] = []
  const restores: number[] = []
  const answered: number[] = []
  let saved: VersionInfo | undefined
  for (let run = 0; run < RUNS; run++) {
    let started = performance.now()
    const response = await fetch(`${url}/api/rooms/big/versions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: `Run ${run}` })
    })
    saves.push(performance.now() - started)
    saved = ((await response.json()) as { version: VersionInfo }).version
    // The server renders a version for reading in its worker once it is stored.
    const id = saved.id
    await untilAsync(async () => (await storage.record.readVersionContent('big', id)) !== undefined)
    started = performance.now()
    await (await fetch(`${url}/api/rooms/big/versions/${saved.id}`)).json()
    opens.push(performance.now() - started)

    wipe(first.doc)
    await until(() => clients.every((c) => claimsMap(c.doc).size === 0))
    started = performance.now()
    const restored = await fetch(`${url}/api/rooms/big/versions/${saved.id}/restore`, {
      method: 'POST'
    })
    answered.push(performance.now() - started)
    if (restored.status !== 200) throw new Error(`restore answered ${restored.status}`)
    await until(() => clients.every((c) => claimsMap(c.doc).size === SPEC.claims))
    restores.push(performance.now() - started)
  }
  const versions = await storage.record.listVersions('big')
  for (const provider of clients) provider.destroy()
  await server.close()
  rmSync(dir, { recursive: true, force: true })

  const full = Y.encodeStateAsUpdate(seed).length
  console.log(
    `\n## Versions of the 100,000-word room with 5,000 claims (server on SQLite, ${CLIENTS} clients, median of ${RUNS})`
  )
  console.log('| measure | median ms | max ms |')
  console.log('| --- | --- | --- |')
  console.log(
    `| Save version (POST, until stored) | ${fmt(median(saves))} | ${fmt(Math.max(...saves))} |`
  )
  console.log(
    `| open a version read-only (GET: its text and claims, rendered once by the worker) | ${fmt(median(opens))} | ${fmt(Math.max(...opens))} |`
  )
  console.log(
    `| restore after a wipe: the server has stored and relayed it (POST answered) | ${fmt(median(answered))} | ${fmt(Math.max(...answered))} |`
  )
  console.log(
    `| restore after a wipe, until all ${CLIENTS} clients (in this process, so one after another) show every claim | ${fmt(median(restores))} | ${fmt(Math.max(...restores))} |`
  )
  const bytes = saved?.bytes ?? 0
  console.log(
    `\nOne version: ${(bytes / 1024 / 1024).toFixed(2)} MiB (the room's whole Yjs state, V2 encoding; V1 of the fresh room is ${(full / 1024 / 1024).toFixed(2)} MiB). ` +
      `The run left ${versions.length} versions (${versions.map((v) => v.reason).join(', ')}), ${(versions.reduce((sum, v) => sum + v.bytes, 0) / 1024 / 1024).toFixed(1)} MiB in all.`
  )
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  }
)
