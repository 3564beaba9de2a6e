import { describe, expect, it } from 'vitest'
import { MAX_RECENT_ROOMS, createPreferences } from './preferences'

/** A Web Storage over a Map, with a switch to make every call throw as a full or disabled one does. */
function memoryStorage(): Storage & { failing: boolean } {
  const items = new Map<string, string>()
  const guard = <T>(action: () => T): T => {
    if (store.failing) throw new Error('storage unavailable')
    return action()
  }
  const store = {
    failing: false,
    get length() {
      return items.size
    },
    clear: () => guard(() => items.clear()),
    getItem: (key: string) => guard(() => items.get(key) ?? null),
    key: (index: number) => guard(() => [...items.keys()][index] ?? null),
    removeItem: (key: string) => guard(() => void items.delete(key)),
    setItem: (key: string, value: string) => guard(() => void items.set(key, value))
  }
  return store
}

describe('preferences', () => {
  it('remembers the reviewer name', () => {
    const preferences = createPreferences(memoryStorage())
    expect(preferences.reviewerName()).toBeNull()
    preferences.rememberReviewerName('Ada')
    expect(preferences.reviewerName()).toBe('Ada')
  })

  it('keeps recent rooms most recent first, without repeats, at most ten', () => {
    const preferences = createPreferences(memoryStorage())
    for (let i = 0; i < 12; i++) preferences.rememberRoom(`room-${i}`)
    preferences.rememberRoom('room-5')
    const rooms = preferences.recentRooms()
    expect(rooms).toHaveLength(MAX_RECENT_ROOMS)
    expect(rooms[0]).toBe('room-5')
    expect(new Set(rooms).size).toBe(rooms.length)
  })

  it('ignores stored data it cannot trust', () => {
    const storage = memoryStorage()
    storage.setItem('claimdesk.recentRooms', '["ok-room", 42, "../etc", null]')
    expect(createPreferences(storage).recentRooms()).toEqual(['ok-room'])
    storage.setItem('claimdesk.recentRooms', '{not json')
    expect(createPreferences(storage).recentRooms()).toEqual([])
  })

  it('keeps working when storage throws', () => {
    const storage = memoryStorage()
    storage.failing = true
    const preferences = createPreferences(storage)
    expect(() => preferences.rememberRoom('a')).not.toThrow()
    expect(preferences.recentRooms()).toEqual([])
    expect(preferences.reviewerName()).toBeNull()
  })
})
