/** The behaviour every RoomStorage must show; run once per implementation. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { RoomStorage } from './room-storage'

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values)

/** Declares the shared storage contract suite for one implementation. */
export function describeRoomStorageContract(
  name: string,
  openStorage: () => RoomStorage | Promise<RoomStorage>
): void {
  describe(`${name} (RoomStorage contract)`, () => {
    let storage: RoomStorage

    beforeEach(async () => {
      storage = await openStorage()
    })

    afterEach(async () => {
      await storage.close()
    })

    it('returns no updates for an unknown room', async () => {
      expect(await storage.loadUpdates('nobody-here')).toEqual([])
    })

    it('returns appended updates in order with increasing ids', async () => {
      const first = await storage.appendUpdate('room-a', bytes(1, 2))
      const second = await storage.appendUpdate('room-a', bytes(3))
      expect(second).toBeGreaterThan(first)
      expect(await storage.loadUpdates('room-a')).toEqual([
        { id: first, update: bytes(1, 2) },
        { id: second, update: bytes(3) }
      ])
    })

    it('appends several updates at once, in order, with increasing ids', async () => {
      const before = await storage.appendUpdate('room-a', bytes(1))
      const ids = await storage.appendUpdates('room-a', [bytes(2), bytes(3, 3)])
      expect(ids).toHaveLength(2)
      expect(ids[0]).toBeGreaterThan(before)
      expect(ids[1]).toBeGreaterThan(ids[0] ?? 0)
      expect(await storage.loadUpdates('room-a')).toEqual([
        { id: before, update: bytes(1) },
        { id: ids[0], update: bytes(2) },
        { id: ids[1], update: bytes(3, 3) }
      ])
      expect(await storage.appendUpdate('room-a', bytes(4))).toBeGreaterThan(ids[1] ?? 0)
    })

    it('keeps rooms apart', async () => {
      await storage.appendUpdate('room-a', bytes(1))
      const other = await storage.appendUpdate('room-b', bytes(2))
      expect(await storage.loadUpdates('room-b')).toEqual([{ id: other, update: bytes(2) }])
    })

    it('does not let a caller mutate stored bytes', async () => {
      const update = bytes(7, 7)
      await storage.appendUpdate('room-a', update)
      update[0] = 0
      const [loaded] = await storage.loadUpdates('room-a')
      expect(loaded?.update).toEqual(bytes(7, 7))
    })

    it('moves a row to quarantine byte for byte and stops returning it', async () => {
      const first = await storage.appendUpdate('room-a', bytes(1, 2, 3))
      const second = await storage.appendUpdate('room-a', bytes(4))
      await storage.quarantine('room-a', first, 'does not apply')
      expect(await storage.loadUpdates('room-a')).toEqual([{ id: second, update: bytes(4) }])
      const [entry, ...rest] = await storage.listQuarantined('room-a')
      expect(rest).toEqual([])
      expect(entry).toMatchObject({ id: first, bytes: 3, reason: 'does not apply' })
      expect(Number.isNaN(Date.parse(entry?.quarantinedAt ?? ''))).toBe(false)
      expect(await storage.readQuarantined('room-a', first)).toEqual(bytes(1, 2, 3))
      expect(await storage.listQuarantined('room-b')).toEqual([])
    })

    it('never lets compaction drop a quarantined row', async () => {
      const first = await storage.appendUpdate('room-a', bytes(1))
      const second = await storage.appendUpdate('room-a', bytes(2))
      await storage.quarantine('room-a', first, 'checksum mismatch')
      await storage.compact('room-a', bytes(9), second)
      expect(await storage.loadUpdates('room-a')).toEqual([{ id: second, update: bytes(9) }])
      expect(await storage.readQuarantined('room-a', first)).toEqual(bytes(1))
    })

    it('releases a room from quarantine when told to, and only that room', async () => {
      const a = await storage.appendUpdate('room-a', bytes(1))
      const b = await storage.appendUpdate('room-b', bytes(2))
      await storage.quarantine('room-a', a, 'checksum mismatch')
      await storage.quarantine('room-b', b, 'checksum mismatch')
      expect(await storage.releaseQuarantined('room-a')).toBe(1)
      expect(await storage.listQuarantined('room-a')).toEqual([])
      expect(await storage.listQuarantined('room-b')).toHaveLength(1)
      expect(await storage.releaseQuarantined('room-a')).toBe(0)
    })

    it('gives a new update an id above every quarantined one', async () => {
      await storage.appendUpdate('room-a', bytes(1))
      const newest = await storage.appendUpdate('room-a', bytes(2))
      await storage.quarantine('room-a', newest, 'does not apply')
      expect(await storage.appendUpdate('room-a', bytes(3))).toBeGreaterThan(newest)
    })

    it('compacts updates up to an id into a snapshot and keeps later ones', async () => {
      await storage.appendUpdate('room-a', bytes(1))
      const second = await storage.appendUpdate('room-a', bytes(2))
      const third = await storage.appendUpdate('room-a', bytes(3))
      await storage.compact('room-a', bytes(9, 9), second)
      expect(await storage.loadUpdates('room-a')).toEqual([
        { id: second, update: bytes(9, 9) },
        { id: third, update: bytes(3) }
      ])
      const fourth = await storage.appendUpdate('room-a', bytes(4))
      expect(fourth).toBeGreaterThan(third)
    })

    it('compacts a snapshot again', async () => {
      const first = await storage.appendUpdate('room-a', bytes(1))
      await storage.compact('room-a', bytes(5), first)
      const second = await storage.appendUpdate('room-a', bytes(2))
      await storage.compact('room-a', bytes(6), second)
      expect(await storage.loadUpdates('room-a')).toEqual([{ id: second, update: bytes(6) }])
    })

    it('compaction of one room leaves other rooms alone', async () => {
      const a = await storage.appendUpdate('room-a', bytes(1))
      const b = await storage.appendUpdate('room-b', bytes(2))
      await storage.compact('room-a', bytes(8), a)
      expect(await storage.loadUpdates('room-b')).toEqual([{ id: b, update: bytes(2) }])
    })

    it('rejects calls after close', async () => {
      await storage.close()
      await expect(storage.appendUpdate('room-a', bytes(1))).rejects.toThrow()
      await expect(storage.loadUpdates('room-a')).rejects.toThrow()
      storage = await openStorage()
    })
  })
}
