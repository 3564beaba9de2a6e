/**
 * Hosts one sync server implementation in its own process for the benchmark,
 * so that the clients' work does not share a heap or an event loop with it.
 * Usage: node --expose-gc --import tsx bench/server-host.ts ours|ours-roles|ours-unrecorded|ours-memory|reference|reference-leveldb
 * (reference-leveldb: @y/websocket-server persisting with y-leveldb, which it does when the
 * YPERSISTENCE environment variable names a directory; run.ts sets it for that host only).
 * Prints `listening WS_BASE` once (`ours-roles` first prints `token TOKEN`: an editor's API
 * token, as the team server checks every update against its sender's role), then answers
 * each `heap` line on stdin with `heap BYTES` (after a full GC).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { setupWSConnection } from '@y/websocket-server/utils'
import { WebSocketServer } from 'ws'
import { Accounts } from '../server/accounts/accounts'
import { createSyncServer } from '../server/create-sync-server'
import { createMemoryStorage } from '../server/storage/memory-storage'
import { createSqliteStorage } from '../server/storage/sqlite-storage'
import { DEFAULT_CHECKPOINT_POLICY } from '../server/storage/wal-checkpoints'

type Kind =
  'ours' | 'ours-roles' | 'ours-unrecorded' | 'ours-memory' | 'reference' | 'reference-leveldb'
const KINDS: readonly string[] = [
  'ours',
  'ours-roles',
  'ours-unrecorded',
  'ours-memory',
  'reference',
  'reference-leveldb'
]

async function startOurs(kind: Kind): Promise<{ wsBase: string; stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'claimdesk-bench-'))
  if (kind === 'ours-memory') {
    const server = createSyncServer({
      storage: createMemoryStorage(),
      limits: { maxConnectionsPerAddress: 100_000, maxRoomsPerAddressPerMinute: 100_000 }
    })
    const { url } = await server.listen(0, '127.0.0.1')
    return { wsBase: `${url.replace(/^http/, 'ws')}/sync`, stop: () => server.close() }
  }
  // BENCH_CHECKPOINT_WRITES: writes per checkpoint under unbroken load (bench/many-rooms.ts).
  const checkpointWrites = Number(process.env['BENCH_CHECKPOINT_WRITES'] ?? '')
  const storage = createSqliteStorage(join(dataDir, 'bench.sqlite'), {
    ...(checkpointWrites > 0
      ? { checkpoints: { ...DEFAULT_CHECKPOINT_POLICY, maxPendingWrites: checkpointWrites } }
      : {})
  })
  let accounts: Accounts | undefined
  if (kind === 'ours-roles') {
    accounts = new Accounts({ store: storage.accounts })
    const member = await accounts.addMember({
      email: 'bench@example.org',
      name: 'Bench Editor',
      role: 'editor',
      password: null
    })
    process.stdout.write(`token ${await accounts.createToken(member.id, 'bench')}\n`)
  }
  // Every benchmark client comes from this one machine: the per-address quotas would refuse
  // the many-rooms load (1,000 sockets), which stands for many reviewers' machines.
  const limits = { maxConnectionsPerAddress: 100_000, maxRoomsPerAddressPerMinute: 100_000 }
  const record = kind === 'ours-unrecorded' ? false : undefined
  const server = createSyncServer({ storage, accounts, limits, record })
  const { url } = await server.listen(0, '127.0.0.1')
  return {
    wsBase: `${url.replace(/^http/, 'ws')}/sync`,
    stop: async () => {
      await server.close()
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
}

/** The reference: @y/websocket-server's own connection handler, wired as its CLI wires it. */
async function startReference(): Promise<{ wsBase: string; stop: () => Promise<void> }> {
  const http = createServer((_request, response) => response.end('okay'))
  const wss = new WebSocketServer({ noServer: true })
  wss.on('connection', (socket, request) => setupWSConnection(socket, request))
  http.on('upgrade', (request, socket, head) => {
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request))
  })
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
  const address = http.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    wsBase: `ws://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        http.closeAllConnections()
        http.close(() => resolve())
      })
  }
}

function heapAfterGc(): number {
  const gc = (globalThis as { gc?: () => void }).gc
  if (!gc) throw new Error('run with --expose-gc')
  gc()
  gc()
  return process.memoryUsage().heapUsed
}

async function main(): Promise<void> {
  const kind = process.argv[2] as Kind
  if (!KINDS.includes(kind)) {
    throw new Error(`usage: server-host.ts ${KINDS.join('|')}`)
  }
  // reference-leveldb is the same server with y-leveldb, switched on by YPERSISTENCE (run.ts).
  const host = kind.startsWith('reference') ? await startReference() : await startOurs(kind)
  process.stdout.write(`listening ${host.wsBase}\n`)
  const lines = createInterface({ input: process.stdin })
  lines.on('line', (line) => {
    if (line === 'heap') process.stdout.write(`heap ${heapAfterGc()}\n`)
  })
  lines.on('close', () => {
    void host.stop().then(() => process.exit(0))
  })
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`)
  process.exit(1)
})
