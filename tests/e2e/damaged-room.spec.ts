/** A room whose stored data was damaged says so, instead of quietly opening empty. */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import * as Y from 'yjs'
import { createSqliteStorage } from '../../server/storage/sqlite-storage'
import { appendParagraph } from '../support/tiptap-doc'
import { expect, startServer, stopServer, test } from './fixtures'

/** A data directory whose room `room` has one stored row with two flipped bytes. */
async function damagedDataDir(room: string): Promise<string> {
  const dataDir = await mkdtemp(join(tmpdir(), 'claimdesk-e2e-damaged-'))
  const file = join(dataDir, 'claimdesk.sqlite')
  const storage = createSqliteStorage(file)
  const doc = new Y.Doc()
  appendParagraph(doc, 'Der Stadtrat beschloss am Dienstag einen Haushalt von 240 Millionen Euro.')
  await storage.appendUpdate(room, Y.encodeStateAsUpdate(doc))
  await storage.close()
  const db = new Database(file)
  const data = Buffer.from(db.prepare('SELECT data FROM room_updates').pluck().get() as Buffer)
  data[10] = (data[10] ?? 0) ^ 0xff
  data[11] = (data[11] ?? 0) ^ 0xff
  db.prepare('UPDATE room_updates SET data = ?').run(data)
  db.close()
  return dataDir
}

test('a damaged room shows what the server set aside', async ({ page }) => {
  const dataDir = await damagedDataDir('damaged')
  const { url, child } = await startServer(dataDir)
  try {
    await page.goto(`${url}/?room=damaged&user=Alice`)
    await expect(page.getByRole('alert')).toHaveText(
      /^This room is damaged: the server set aside one stored change it could not read: #1 \(checksum mismatch\)\./
    )
  } finally {
    await stopServer(child)
    await rm(dataDir, { recursive: true, force: true })
  }
})
