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
import { waitFor, waitForAsync } from '../support/wait-for'

const root = mkdtempSync(join(tmpdir(), 'claimdesk-join-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

/** A new client's text at the very moment it counts as synced (not a poll later). */
function textWhenSynced(syncUrl: string, room: string): Promise<string> {
  const reader = createClient(syncUrl, room)
  return new Promise((resolve) => {
    reader.provider.on('sync', (synced: boolean) => {
      if (!synced) return
      const text = readPlainText(reader.doc)
      reader.destroy()
      resolve(text)
    })
  })
}

describe('joining a room', () => {
  it('gives a new client the whole room across snapshots, tails and restarts', async () => {
    const file = join(root, 'join.sqlite')
    const limits = { compactAfterUpdates: 20, compactDelayMs: 10 }
    let server = await startTestServer({ storage: createSqliteStorage(file), limits })
    const writer = createClient(server.syncUrl, 'tails')
    await writer.synced()
    const storedText = async (): Promise<string> => {
      const doc = new Y.Doc()
      for (const row of await server.storage.loadUpdates('tails')) Y.applyUpdate(doc, row.update)
      return readPlainText(doc)
    }
    // Once the room has stored everything, a reader holds all of it the moment it is synced.
    const expectReaderToMatch = async () => {
      const target = readPlainText(writer.doc)
      await waitForAsync(async () => (await storedText()) === target, 'the writer’s edits stored')
      expect(await textWhenSynced(server.syncUrl, 'tails')).toBe(target)
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
    expect(await textWhenSynced(server.syncUrl, 'tails')).toContain('line 44')
    // A reconnecting client, with most of the room already, gets only what it lacks, and it fits.
    const partial = new Y.Doc()
    Y.applyUpdate(partial, Y.encodeStateAsUpdate(writer.doc))
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
