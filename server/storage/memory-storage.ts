/** Room storage kept in memory: for tests and throwaway servers. */
import type { QuarantinedUpdate, RoomStorage, StoredUpdate } from './room-storage'
import { createMemoryRecord } from './memory-record'
import { settle } from './settle'

interface Quarantined extends QuarantinedUpdate {
  readonly update: Uint8Array
}

/** A RoomStorage that lives as long as the process; updates are copied in and out. */
export function createMemoryStorage(): RoomStorage {
  const rooms = new Map<string, StoredUpdate[]>()
  const quarantine = new Map<string, Quarantined[]>()
  let lastId = 0
  let closed = false
  const record = createMemoryRecord(() => !closed)

  const whenOpen = <T>(work: () => T): Promise<T> =>
    settle(() => {
      if (closed) throw new Error('storage is closed')
      return work()
    })

  return {
    loadUpdates: (room) =>
      whenOpen(() =>
        (rooms.get(room) ?? []).map(({ id, update }) => ({ id, update: update.slice() }))
      ),
    appendUpdate: (room, update, activity = []) =>
      whenOpen(() => {
        record.appendNow(room, activity)
        lastId += 1
        const updates = rooms.get(room) ?? []
        updates.push({ id: lastId, update: update.slice() })
        rooms.set(room, updates)
        return lastId
      }),
    appendUpdates: (room, batch, activity = []) =>
      whenOpen(() => {
        record.appendNow(room, activity)
        const updates = rooms.get(room) ?? []
        const ids = batch.map((update) => {
          lastId += 1
          updates.push({ id: lastId, update: update.slice() })
          return lastId
        })
        rooms.set(room, updates)
        return ids
      }),
    quarantine: (room, id, reason) =>
      whenOpen(() => {
        const updates = rooms.get(room) ?? []
        const row = updates.find((entry) => entry.id === id)
        if (!row) return
        rooms.set(
          room,
          updates.filter((entry) => entry.id !== id)
        )
        const set = quarantine.get(room) ?? []
        const quarantinedAt = new Date().toISOString()
        set.push({ id, bytes: row.update.length, reason, quarantinedAt, update: row.update })
        set.sort((a, b) => a.id - b.id)
        quarantine.set(room, set)
      }),
    listQuarantined: (room) =>
      whenOpen(() =>
        (quarantine.get(room) ?? []).map(({ id, bytes, reason, quarantinedAt }) => ({
          id,
          bytes,
          reason,
          quarantinedAt
        }))
      ),
    readQuarantined: (room, id) =>
      whenOpen(() =>
        quarantine
          .get(room)
          ?.find((entry) => entry.id === id)
          ?.update.slice()
      ),
    releaseQuarantined: (room) =>
      whenOpen(() => {
        const count = quarantine.get(room)?.length ?? 0
        quarantine.delete(room)
        return count
      }),
    compact: (room, snapshot, upToId) =>
      whenOpen(() => {
        const later = (rooms.get(room) ?? []).filter((entry) => entry.id > upToId)
        rooms.set(room, [{ id: upToId, update: snapshot.slice() }, ...later])
      }),
    record,
    close: () =>
      settle(() => {
        closed = true
        rooms.clear()
        quarantine.clear()
      })
  }
}
