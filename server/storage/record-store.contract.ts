/** The behaviour every store's record (activity and versions) must show; run once per store. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { NewActivity, NewVersion } from './record-store'
import type { RoomStorage } from './room-storage'

const at = '2026-12-02T09:00:00.000Z'
const fact = (kind: NewActivity['kind'], detail: NewActivity['detail'] = {}): NewActivity => ({
  kind,
  detail,
  at,
  actor: 'Ana Weber'
})
const version = (name: string | null): NewVersion => ({
  takenAt: at,
  name,
  reason: name === null ? 'auto' : 'named',
  takenBy: 'Ana Weber',
  textLength: 120,
  claims: 3
})

/** Declares the record contract suite for one store. */
export function describeRecordStoreContract(
  name: string,
  openStorage: () => RoomStorage | Promise<RoomStorage>
): void {
  describe(`${name} (RecordStore contract)`, () => {
    let storage: RoomStorage

    beforeEach(async () => {
      storage = await openStorage()
    })

    afterEach(async () => {
      await storage.close()
    })

    it('stores an update’s activity with it, in order, room by room', async () => {
      await storage.appendUpdate('room-a', Uint8Array.of(1), [
        { ...fact('claim-tagged', { quote: 'rund 240 Millionen' }), claimId: 'c1' },
        fact('text-edited', { added: 4, removed: 0 })
      ])
      await storage.appendUpdates('room-b', [Uint8Array.of(2)], [fact('briefing-imported')])
      await storage.record.appendActivity('room-a', [fact('version-saved', { name: 'Draft' })])
      const entries = await storage.record.listActivity('room-a')
      expect(entries.map((entry) => entry.kind)).toEqual([
        'claim-tagged',
        'text-edited',
        'version-saved'
      ])
      expect(entries[0]).toMatchObject({
        claimId: 'c1',
        actor: 'Ana Weber',
        at,
        detail: { quote: 'rund 240 Millionen' }
      })
      expect(entries[1]?.claimId).toBeUndefined()
      const seqs = entries.map((entry) => entry.seq)
      expect([...seqs].sort((a, b) => a - b)).toEqual(seqs)
      expect(await storage.record.listActivity('room-b')).toHaveLength(1)
      expect(await storage.record.listActivity('room-a', { afterSeq: seqs[0], limit: 1 })).toEqual([
        entries[1]
      ])
    })

    it('keeps versions byte for byte, lists them newest first, and thins only unnamed ones', async () => {
      const state = Uint8Array.from({ length: 300 }, (_, i) => i % 256)
      const named = await storage.record.saveVersion('room-a', version('Before edit'), state)
      const auto = await storage.record.saveVersion('room-a', version(null), Uint8Array.of(9))
      expect(auto.id).toBeGreaterThan(named.id)
      expect(named).toMatchObject({ name: 'Before edit', bytes: 300, claims: 3, textLength: 120 })
      expect((await storage.record.listVersions('room-a')).map((v) => v.id)).toEqual([
        auto.id,
        named.id
      ])
      expect(await storage.record.readVersion('room-a', named.id)).toEqual(state)
      expect(await storage.record.readVersion('room-b', named.id)).toBeUndefined()
      expect(await storage.record.readVersionContent('room-a', named.id)).toBeUndefined()
      await storage.record.setVersionContent('room-a', named.id, '{"text":"Hafen"}')
      expect(await storage.record.readVersionContent('room-a', named.id)).toBe('{"text":"Hafen"}')
      expect(await storage.record.deleteVersions('room-a', [named.id, auto.id])).toBe(1)
      expect((await storage.record.listVersions('room-a')).map((v) => v.id)).toEqual([named.id])
    })

    it('keeps the record apart from compaction', async () => {
      const id = await storage.appendUpdate('room-a', Uint8Array.of(1), [fact('text-edited')])
      const saved = await storage.record.saveVersion('room-a', version(null), Uint8Array.of(7))
      await storage.compact('room-a', Uint8Array.of(1, 1), id)
      expect(await storage.record.listActivity('room-a')).toHaveLength(1)
      expect(await storage.record.readVersion('room-a', saved.id)).toEqual(Uint8Array.of(7))
    })
  })
}
