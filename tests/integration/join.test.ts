/**
 * A client that has nothing is answered from the room's last full encoding and the updates
 * stored after it, not from a fresh encoding of the document. Whatever mix of those the room
 * holds (rows loaded from disk, a compaction's snapshot, a tail of edits), the client ends
 * with exactly the room.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readPlainText } from '../../src/collab/briefing-doc'
import { createSqliteStorage } from '../../server/storage/sqlite-storage'
import { createClient } from '../support/clients'
import { startTestServer } from '../support/test-server'
import { appendParagraph } from '../support/tiptap-doc'
import { waitFor } from '../support/wait-for'

const root = mkdtempSync(join(tmpdir(), 'claimdesk-join-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

async function freshReader(syncUrl: string, room: string): Promise<Y.Doc> {
  const reader = createClient(syncUrl, room)
  await reader.synced()
  const doc = new Y.Doc()
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(reader.doc))
  reader.destroy()
  return doc
}

describe('joining a room', () => {
  it('gives a new client the whole room across snapshots, tails and restarts', async () => {
    const file = join(root, 'join.sqlite')
    const limits = { compactAfterUpdates: 20, compactDelayMs: 10 }
    let server = await startTestServer({ storage: createSqliteStorage(file), limits })
    const writer = createClient(server.syncUrl, 'tails')
    await writer.synced()
    const expectReaderToMatch = async () => {
      await waitFor(
        () => writer.provider.wsconnected && writer.provider.synced,
        'the writer to be connected'
      )
      const target = readPlainText(writer.doc)
      let text = ''
      for (let attempt = 0; attempt < 50 && text !== target; attempt++) {
        text = readPlainText(await freshReader(server.syncUrl, 'tails'))
      }
      expect(text).toBe(target)
    }
    // A tail after the first row, then past a compaction (20 updates), then a tail on its snapshot.
    for (let i = 0; i < 12; i++) appendParagraph(writer.doc, `line ${i}`)
    await expectReaderToMatch()
    for (let i = 12; i < 45; i++) appendParagraph(writer.doc, `line ${i}`)
    await expectReaderToMatch()
    // After a restart the rows come from the file.
    writer.destroy()
    await server.close()
    server = await startTestServer({ storage: createSqliteStorage(file), limits })
    const again = await freshReader(server.syncUrl, 'tails')
    expect(readPlainText(again)).toContain('line 44')
    // A reconnecting client, with most of the room already, gets only what it lacks, and it fits.
    const partial = new Y.Doc()
    Y.applyUpdate(partial, Y.encodeStateAsUpdate(again))
    const another = createClient(server.syncUrl, 'tails')
    await another.synced()
    appendParagraph(another.doc, 'while you were away')
    const back = createClient(server.syncUrl, 'tails', partial)
    await back.synced()
    await waitFor(
      () => readPlainText(back.doc).includes('while you were away'),
      'the missing paragraph'
    )
    expect(readPlainText(back.doc)).toBe(readPlainText(another.doc))
    another.destroy()
    back.destroy()
    await server.close()
  })
})
