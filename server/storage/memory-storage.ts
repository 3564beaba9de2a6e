/** Room storage kept in memory: for tests and throwaway servers. */
import type { RoomStorage, StoredUpdate } from './room-storage'
import { settle } from './settle'

/** A RoomStorage that lives as long as the process; updates are copied in and out. */
export function createMemoryStorage(): RoomStorage {
  const rooms = new Map<string, StoredUpdate[]>()
  let lastId = 0
  let closed = false

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
    appendUpdate: (room, update) =>
      whenOpen(() => {
        lastId += 1
        const updates = rooms.get(room) ?? []
        updates.push({ id: lastId, update: update.slice() })
        rooms.set(room, updates)
        return lastId
      }),
    removeUpdate: (room, id) =>
      whenOpen(() => {
        rooms.set(
          room,
          (rooms.get(room) ?? []).filter((entry) => entry.id !== id)
        )
      }),
    compact: (room, snapshot, upToId) =>
      whenOpen(() => {
        const later = (rooms.get(room) ?? []).filter((entry) => entry.id > upToId)
        rooms.set(room, [{ id: upToId, update: snapshot.slice() }, ...later])
      }),
    close: () =>
      settle(() => {
        closed = true
        rooms.clear()
      })
  }
}
