/**
 * `npm run quarantine -- list|save|release --data DIR --room ROOM [--id N --to FILE]`: what an
 * administrator does with the rows a server set aside. `list` names them, `save` writes one
 * row's bytes to a file (for recovery by hand), `release` deletes the room's set-aside rows so
 * the room takes imports again. Run it with the server stopped: the server holds the file.
 */
import { existsSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { StorageInUseError, createSqliteStorage } from './storage/sqlite-storage'
import type { RoomStorage } from './storage/room-storage'

const USAGE =
  'usage: quarantine list|save|release --data DIR --room ROOM [--id N --to FILE]  (with the server stopped)'

async function run(storage: RoomStorage, command: string, room: string, id?: number, to?: string) {
  switch (command) {
    case 'list': {
      const rows = await storage.listQuarantined(room)
      if (rows.length === 0) return `${room}: nothing set aside`
      return rows
        .map((row) => `${room} #${row.id}: ${row.bytes} bytes, ${row.reason}, ${row.quarantinedAt}`)
        .join('\n')
    }
    case 'save': {
      if (id === undefined || !to) throw new Error(`save needs --id and --to; ${USAGE}`)
      const bytes = await storage.readQuarantined(room, id)
      if (!bytes) throw new Error(`${room} has no set-aside row #${id}`)
      writeFileSync(resolve(to), bytes)
      return `${room} #${id}: ${bytes.length} bytes written to ${resolve(to)}`
    }
    case 'release':
      return `${room}: ${await storage.releaseQuarantined(room)} set-aside row(s) deleted; the room takes imports again`
    default:
      throw new Error(USAGE)
  }
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      data: { type: 'string' },
      room: { type: 'string' },
      id: { type: 'string' },
      to: { type: 'string' }
    }
  })
  const [command] = positionals
  if (!command || !values.data || !values.room) throw new Error(USAGE)
  const id = values.id === undefined ? undefined : Number(values.id)
  if (id !== undefined && !Number.isSafeInteger(id))
    throw new Error(`--id must be a number; ${USAGE}`)
  const file = join(resolve(values.data), 'claimdesk.sqlite')
  if (!existsSync(file)) throw new Error(`${file} does not exist`)
  let storage: RoomStorage
  try {
    storage = createSqliteStorage(file, {
      lockTimeoutMs: 100
    })
  } catch (error) {
    if (error instanceof StorageInUseError) {
      throw new Error(`${error.message}; stop it first`, { cause: error })
    }
    throw error
  }
  try {
    process.stdout.write(`${await run(storage, command, values.room, id, values.to)}\n`)
  } finally {
    await storage.close()
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(
    `claimdesk quarantine: ${error instanceof Error ? error.message : String(error)}\n`
  )
  process.exit(1)
})
