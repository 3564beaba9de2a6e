import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readPlainText } from '../../src/collab/briefing-doc'
import { createSqliteStorage } from '../../server/storage/sqlite-storage'
import { createClient } from '../support/clients'
import { spawnServerProcess } from '../support/server-process'
import { startTestServer } from '../support/test-server'
import { appendParagraph } from '../support/tiptap-doc'
import { waitFor } from '../support/wait-for'

const root = mkdtempSync(join(tmpdir(), 'claimdesk-persistence-'))
const freshDir = (name: string): string => join(root, name)

afterAll(() => {
  rmSync(root, { recursive: true, force: true })
})

/** Connects a fresh client and returns the room's text once it has synced. */
async function textSeenByNewClient(
  syncUrl: string,
  room: string,
  expected: string
): Promise<string> {
  const client = createClient(syncUrl, room)
  await client.synced()
  await waitFor(() => readPlainText(client.doc) === expected, `text "${expected}" after restart`)
  const text = readPlainText(client.doc)
  client.destroy()
  return text
}

describe('restarting with the same data keeps the document', () => {
  it('in-process: close, then a new server on the same sqlite file', async () => {
    const file = join(freshDir('in-process'), 'claimdesk.sqlite')
    const first = await startTestServer({
      storage: createSqliteStorage(file),
      limits: { compactAfterUpdates: 3, compactDelayMs: 10 }
    })
    const writer = createClient(first.syncUrl, 'kept')
    await writer.synced()
    for (const word of ['one', 'two', 'three', 'four', 'five']) appendParagraph(writer.doc, word)
    const observer = createClient(first.syncUrl, 'kept')
    await waitFor(() => readPlainText(observer.doc) === 'one\ntwo\nthree\nfour\nfive', 'observer')
    writer.destroy()
    observer.destroy()
    await first.close()

    const storage = createSqliteStorage(file)
    const second = await startTestServer({ storage })
    expect(await textSeenByNewClient(second.syncUrl, 'kept', 'one\ntwo\nthree\nfour\nfive')).toBe(
      'one\ntwo\nthree\nfour\nfive'
    )
    // Closing compacted the room into a single snapshot row.
    await second.close()
    const reopened = createSqliteStorage(file)
    expect(await reopened.loadUpdates('kept')).toHaveLength(1)
    await reopened.close()
  })

  it('child process: SIGTERM exits 0, and a new process serves the same document', async () => {
    const dataDir = freshDir('graceful')
    const first = await spawnServerProcess({ dataDir })
    const writer = createClient(first.syncUrl, 'graceful')
    await writer.synced()
    appendParagraph(writer.doc, 'survives a restart')
    const observer = createClient(first.syncUrl, 'graceful')
    await waitFor(() => readPlainText(observer.doc) === 'survives a restart', 'observer')
    writer.destroy()
    observer.destroy()
    expect(await first.stop('SIGTERM')).toBe(0)

    const second = await spawnServerProcess({ dataDir })
    expect(await textSeenByNewClient(second.syncUrl, 'graceful', 'survives a restart')).toBe(
      'survives a restart'
    )
    expect(await second.stop('SIGTERM')).toBe(0)
  })

  it('child process: kill -9 right after an edit reached another reviewer keeps the edit', async () => {
    const dataDir = freshDir('killed')
    const first = await spawnServerProcess({ dataDir })
    const writer = createClient(first.syncUrl, 'crash')
    const reader = createClient(first.syncUrl, 'crash')
    await Promise.all([writer.synced(), reader.synced()])
    appendParagraph(writer.doc, 'written just before the crash')
    // Relayed means stored: the server stores every update before it sends it on.
    await waitFor(
      () => readPlainText(reader.doc) === 'written just before the crash',
      'the edit to reach the other reviewer'
    )
    expect(await first.stop('SIGKILL')).toBe('SIGKILL')
    writer.destroy()
    reader.destroy()

    const second = await spawnServerProcess({ dataDir })
    expect(
      await textSeenByNewClient(second.syncUrl, 'crash', 'written just before the crash')
    ).toBe('written just before the crash')
    await second.stop('SIGTERM')
  })
})

describe('the CLI', () => {
  it('prints the listening line first and serves /healthz', async () => {
    const server = await spawnServerProcess({ dataDir: freshDir('cli') })
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const response = await fetch(`${server.url}/healthz`)
    expect(await response.json()).toEqual({ status: 'ok', rooms: 0, connections: 0 })
    await server.stop('SIGINT')
  })

  it('refuses bad arguments with exit code 2', async () => {
    await expect(
      spawnServerProcess({ dataDir: freshDir('bad'), extraArgs: ['--port', 'nope'] })
    ).rejects.toThrow(/exited \(2\)/)
  })

  it('refuses a data directory another server is using, saying so, and leaves that one serving', async () => {
    const dataDir = freshDir('shared')
    const first = await spawnServerProcess({ dataDir })
    await expect(spawnServerProcess({ dataDir })).rejects.toThrow(
      /exited \(1\).*in use by another Claimdesk server/s
    )
    const response = await fetch(`${first.url}/healthz`)
    expect(response.status).toBe(200)
    await first.stop('SIGTERM')
  })
})
