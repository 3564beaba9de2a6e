/** `npm run backup`: a copy of a running server's rooms, and of a stopped one's, that a new server starts on. */
import { execFile } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { readPlainText } from '../../src/collab/briefing-doc'
import { createSqliteStorage } from '../../server/storage/sqlite-storage'
import { createClient } from '../support/clients'
import { spawnServerProcess } from '../support/server-process'
import { startTestServer } from '../support/test-server'
import { appendParagraph } from '../support/tiptap-doc'
import { waitFor, waitForAsync } from '../support/wait-for'

const run = promisify(execFile)
const REPO_ROOT = resolve(__dirname, '../..')
const root = mkdtempSync(join(tmpdir(), 'claimdesk-backup-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

function backup(dataDir: string, to: string): Promise<{ stdout: string }> {
  return run(
    process.execPath,
    ['--import', 'tsx', 'server/backup-cli.ts', '--data', dataDir, '--to', to],
    {
      cwd: REPO_ROOT
    }
  )
}

/** The text of `room` as a server started on a fresh directory holding `copy` serves it. */
async function textFromCopy(copy: string, room: string): Promise<string> {
  const dir = join(root, `restored-${Date.now()}-${Math.random().toString(36).slice(2)}`)
  mkdirSync(dir)
  copyFileSync(copy, join(dir, 'claimdesk.sqlite'))
  const server = await startTestServer({
    storage: createSqliteStorage(join(dir, 'claimdesk.sqlite'))
  })
  const reader = createClient(server.syncUrl, room)
  await reader.synced()
  const text = readPlainText(reader.doc)
  reader.destroy()
  await server.close()
  return text
}

describe('npm run backup', () => {
  it('copies a running server’s rooms without stopping it', { timeout: 60_000 }, async () => {
    const dataDir = join(root, 'running')
    const server = await spawnServerProcess({ dataDir })
    const writer = createClient(server.syncUrl, 'kept')
    await writer.synced()
    appendParagraph(writer.doc, 'Laut Landesanzeiger 240 Millionen Euro.')
    const observer = createClient(server.syncUrl, 'kept')
    await waitFor(() => readPlainText(observer.doc) !== '', 'relayed, so stored')
    observer.destroy()
    const copy = join(root, 'running-copy.sqlite')
    const { stdout } = await backup(dataDir, copy)
    expect(stdout).toMatch(/written to .*running-copy\.sqlite \(\d+ bytes\)/)
    const forged = await fetch(`${server.url}/api/admin/backup`, {
      method: 'POST',
      headers: { Authorization: 'Bearer guessed', 'Content-Type': 'application/json' },
      body: JSON.stringify({ to: join(root, 'stolen.sqlite') })
    })
    expect(forged.status).toBe(403)
    // The server kept serving meanwhile.
    appendParagraph(writer.doc, 'after the backup')
    writer.destroy()
    await server.stop('SIGTERM')
    expect(await textFromCopy(copy, 'kept')).toBe('Laut Landesanzeiger 240 Millionen Euro.')
  })

  it('copies a stopped server’s file directly, and refuses a directory without one', async () => {
    const dataDir = join(root, 'stopped')
    const storage = createSqliteStorage(join(dataDir, 'claimdesk.sqlite'))
    const server = await startTestServer({ storage })
    const writer = createClient(server.syncUrl, 'quiet')
    await writer.synced()
    appendParagraph(writer.doc, 'Reuters berichtet.')
    await waitForAsync(async () => (await storage.loadUpdates('quiet')).length > 0, 'stored')
    writer.destroy()
    await server.close()
    const copy = join(root, 'stopped-copy.sqlite')
    await backup(dataDir, copy)
    expect(await textFromCopy(copy, 'quiet')).toBe('Reuters berichtet.')
    await expect(backup(join(root, 'nothing-here'), join(root, 'x.sqlite'))).rejects.toThrow(
      /does not exist; nothing to back up/
    )
  })
})
