import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { describeRoomStorageContract } from './room-storage.contract'
import { createSqliteStorage } from './sqlite-storage'

const root = mkdtempSync(join(tmpdir(), 'claimdesk-sqlite-'))
let fileCounter = 0
const freshFile = (): string => join(root, `run-${++fileCounter}`, 'claimdesk.sqlite')

afterAll(() => {
  rmSync(root, { recursive: true, force: true })
})

describeRoomStorageContract('sqlite storage', () => createSqliteStorage(freshFile()))

describe('sqlite storage on disk', () => {
  it('keeps updates across reopening the same file', async () => {
    const file = freshFile()
    const first = createSqliteStorage(file)
    const id = await first.appendUpdate('room-a', Uint8Array.from([4, 2]))
    await first.close()
    const second = createSqliteStorage(file)
    expect(await second.loadUpdates('room-a')).toEqual([{ id, update: Uint8Array.from([4, 2]) }])
    await second.close()
  })

  it('never reuses an id after compaction deleted rows', async () => {
    const storage = createSqliteStorage(freshFile())
    await storage.appendUpdate('room-a', Uint8Array.from([1]))
    const second = await storage.appendUpdate('room-a', Uint8Array.from([2]))
    await storage.compact('room-a', Uint8Array.from([3]), second)
    expect(await storage.appendUpdate('room-a', Uint8Array.from([4]))).toBeGreaterThan(second)
    await storage.close()
  })
})
