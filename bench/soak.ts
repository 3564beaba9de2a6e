/**
 * `npm run soak [-- --minutes N]`: minutes of hostile input against a real server process on a
 * real SQLite file, with kill -9 restarts and rows damaged on disk between them, while stock
 * y-websocket clients edit. Prints what was sent, what survived and what was set aside; the
 * figures go into docs/RELIABILITY.md. Not part of `npm test`: it runs for minutes.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import Database from 'better-sqlite3'
import WebSocket from 'ws'
import { readPlainText } from '../src/collab/briefing-doc'
import { createClient, type TestClient } from '../tests/support/clients'
import { craftUnappliableUpdate } from '../tests/support/crafted-update'
import { createPrng } from '../tests/support/prng'
import { spawnServerProcess, type ServerProcess } from '../tests/support/server-process'
import { appendParagraph } from '../tests/support/tiptap-doc'
import { delay } from '../tests/support/wait-for'
import { updateFrame } from '../tests/support/frames'

const { values } = parseArgs({ options: { minutes: { type: 'string', default: '3' } } })
const MINUTES = Number(values.minutes)
const KILL_EVERY_MS = 20_000
const random = createPrng(9)
const unappliable = craftUnappliableUpdate()

const ATTACKS: readonly (() => Uint8Array)[] = [
  () => Uint8Array.from({ length: 1 + random.int(40) }, () => random.int(256)),
  () => updateFrame(unappliable),
  () => updateFrame(Uint8Array.from({ length: 30 }, () => random.int(256))),
  () => Uint8Array.of(0, 0, 200, 1, 1)
]

/** One attacker socket from its own loopback address: one bad frame, then it is closed. */
function attack(syncUrl: string, address: string): Promise<void> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`${syncUrl}/soak`, { localAddress: address })
    const timer = setTimeout(() => socket.terminate(), 2_000)
    socket.on('error', () => undefined)
    socket.once('open', () => socket.send(random.pick(ATTACKS)()))
    socket.once('close', () => {
      clearTimeout(timer)
      resolve()
    })
  })
}

/** Server RSS in MiB, read from /proc. */
function rssMiB(pid: number | undefined): number {
  if (pid === undefined) return 0
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)
    return line ? Number(line[1]) / 1024 : 0
  } catch {
    return 0
  }
}

/** Flips two bytes of one random stored row of room `victim` (server stopped). */
function damageRow(file: string, victim: string): boolean {
  const db = new Database(file)
  try {
    const rows = db.prepare('SELECT id, data FROM room_updates WHERE room = ?').all(victim) as {
      id: number
      data: Buffer
    }[]
    const row = rows[random.int(rows.length)]
    if (!row || row.data.length < 4) return false
    const data = Buffer.from(row.data)
    const at = 1 + random.int(data.length - 2)
    data[at] = (data[at] ?? 0) ^ 0x5a
    data[at + 1] = (data[at + 1] ?? 0) ^ 0xa5
    db.prepare('UPDATE room_updates SET data = ? WHERE room = ? AND id = ?').run(
      data,
      victim,
      row.id
    )
    return true
  } finally {
    db.close()
  }
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'claimdesk-soak-'))
  const file = join(dataDir, 'claimdesk.sqlite')
  let server: ServerProcess = await spawnServerProcess({ dataDir })
  const port = Number(new URL(server.url).port)
  const writers: TestClient[] = [0, 1].map(() => createClient(server.syncUrl, 'soak'))
  const observer = createClient(server.syncUrl, 'soak')
  const victimWriter = createClient(server.syncUrl, 'victim')
  const confirmed = new Set<string>()
  let written = 0
  let frames = 0
  let kills = 0
  let damaged = 0
  let maxRss = 0
  const deadline = Date.now() + MINUTES * 60_000
  let nextKill = Date.now() + KILL_EVERY_MS

  while (Date.now() < deadline) {
    const writer = writers[written % writers.length]
    if (writer?.provider.wsconnected) {
      appendParagraph(writer.doc, `line ${written}`)
      written += 1
    }
    if (victimWriter.provider.wsconnected && random.chance(0.2)) {
      appendParagraph(victimWriter.doc, `victim ${written}`)
    }
    await Promise.all(
      Array.from({ length: 4 }, () => attack(server.syncUrl, `127.0.0.${2 + random.int(8)}`))
    )
    frames += 4
    // A line the observer holds was relayed, so it was stored first.
    for (const line of readPlainText(observer.doc).split('\n')) if (line) confirmed.add(line)
    maxRss = Math.max(maxRss, rssMiB(server.child.pid))
    if (Date.now() >= nextKill) {
      await server.stop('SIGKILL')
      kills += 1
      if (damageRow(file, 'victim')) damaged += 1
      server = await spawnServerProcess({ dataDir, port })
      nextKill = Date.now() + KILL_EVERY_MS
    }
    await delay(50)
  }
  for (const client of [...writers, observer, victimWriter]) client.destroy()
  await server.stop('SIGTERM')

  server = await spawnServerProcess({ dataDir, port })
  const reader = createClient(server.syncUrl, 'soak')
  await delay(2_000)
  const kept = new Set(readPlainText(reader.doc).split('\n'))
  const lost = [...confirmed].filter((line) => !kept.has(line))
  reader.destroy()
  await server.stop('SIGTERM')
  const db = new Database(file, { readonly: true })
  const quarantined = db
    .prepare("SELECT COUNT(*) FROM quarantined_updates WHERE room = 'victim'")
    .pluck()
    .get() as number
  db.close()
  rmSync(dataDir, { recursive: true, force: true })

  console.log(`# Claimdesk soak  ${new Date().toISOString()}  node ${process.version}`)
  console.log('| figure | value |')
  console.log('| --- | --- |')
  console.log(`| duration | ${MINUTES} min |`)
  console.log(`| malformed frames sent | ${frames} |`)
  console.log(`| kill -9 restarts | ${kills} |`)
  console.log(`| rows damaged on disk between restarts | ${damaged} |`)
  console.log(`| rows set aside (quarantined) | ${quarantined} |`)
  console.log(`| honest lines written / seen relayed | ${written} / ${confirmed.size} |`)
  console.log(`| relayed lines missing after the last restart | ${lost.length} |`)
  console.log(`| largest server RSS | ${maxRss.toFixed(0)} MiB |`)
  if (lost.length > 0) process.exitCode = 1
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
