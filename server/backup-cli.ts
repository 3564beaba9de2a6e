/**
 * `npm run backup -- --data DIR --to FILE`: a consistent copy of a data
 * directory's database. A running server holds its file exclusively, so it
 * is asked to write the copy itself (admin-channel.ts); otherwise the file
 * is opened and copied directly. Restore by starting a server on an empty
 * directory holding the copy as claimdesk.sqlite.
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { readServerInfo } from './admin-channel'
import { isRunning } from './process-alive'
import { createSqliteStorage } from './storage/sqlite-storage'

const USAGE = 'usage: backup --data DIR --to FILE'

async function askServer(url: string, token: string, to: string): Promise<number> {
  const response = await fetch(`${url}/api/admin/backup`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ to })
  })
  const body = (await response.json()) as { bytes?: number; error?: string }
  if (!response.ok || typeof body.bytes !== 'number') {
    throw new Error(`the running server refused the backup: ${body.error ?? response.status}`)
  }
  return body.bytes
}

async function copyDirectly(dataDir: string, to: string): Promise<number> {
  const file = join(dataDir, 'claimdesk.sqlite')
  // Opening a missing file would create an empty database: refuse instead.
  if (!existsSync(file)) throw new Error(`${file} does not exist; nothing to back up`)
  const storage = createSqliteStorage(file)
  try {
    return await storage.backup(to)
  } finally {
    await storage.close()
  }
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { data: { type: 'string' }, to: { type: 'string' } },
    strict: true
  })
  if (!values.data || !values.to) throw new Error(USAGE)
  const dataDir = resolve(values.data)
  const to = resolve(values.to)
  const server = readServerInfo(dataDir)
  const bytes =
    server && isRunning(server.pid)
      ? await askServer(server.url, server.token, to)
      : await copyDirectly(dataDir, to)
  process.stdout.write(`backup of ${dataDir} written to ${to} (${bytes} bytes)\n`)
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(
    `claimdesk backup: ${error instanceof Error ? error.message : String(error)}\n`
  )
  process.exit(1)
})
