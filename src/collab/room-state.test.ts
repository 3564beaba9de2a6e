import { describe, expect, it } from 'vitest'
import type { RoomEvent, RoomState } from './room-state'
import { INITIAL_ROOM_STATE, createRoomStateStore, reduceRoomState } from './room-state'

const run = (...events: RoomEvent[]): RoomState =>
  events.reduce(reduceRoomState, INITIAL_ROOM_STATE)

describe('reduceRoomState', () => {
  it.each<[string, RoomEvent[], Partial<RoomState>]>([
    [
      'starts connecting, with nothing to show',
      [],
      { link: 'connecting', ready: 'none', synced: false }
    ],
    [
      'goes online and ready from the server once synced',
      [
        { type: 'linkChanged', link: 'online', reconnectAt: null },
        { type: 'syncChanged', synced: true }
      ],
      { link: 'online', synced: true, ready: 'server' }
    ],
    [
      'stays ready after losing the sync (sticky)',
      [
        { type: 'syncChanged', synced: true },
        { type: 'syncChanged', synced: false }
      ],
      { synced: false, ready: 'server' }
    ],
    [
      'is ready from a local copy of a room synced here before',
      [{ type: 'localCopyRead', serverSynced: true }],
      { ready: 'local', localCopy: 'read' }
    ],
    [
      'is not ready from a local copy of a room never synced here',
      [{ type: 'localCopyRead', serverSynced: false }],
      { ready: 'none', localCopy: 'read' }
    ],
    [
      'lets the server win over a local copy read later',
      [
        { type: 'syncChanged', synced: true },
        { type: 'localCopyRead', serverSynced: true }
      ],
      { ready: 'server' }
    ],
    ['knows when there is no copy to read', [{ type: 'localCopyMissing' }], { localCopy: 'none' }],
    [
      'counts pending changes and the reconnect time',
      [
        { type: 'pendingChanged', pending: 3 },
        { type: 'linkChanged', link: 'reconnecting', reconnectAt: 1_000 }
      ],
      { pending: 3, link: 'reconnecting', reconnectAt: 1_000 }
    ],
    [
      'keeps a refusal until the next completed sync',
      [
        {
          type: 'refused',
          refusal: { code: 1008, reason: 'room is full: stored size limit 64 MiB' }
        }
      ],
      { refusal: { code: 1008, reason: 'room is full: stored size limit 64 MiB' } }
    ],
    [
      'clears the refusal on the next completed sync',
      [
        { type: 'refused', refusal: { code: 1013, reason: 'not reading' } },
        { type: 'syncChanged', synced: true }
      ],
      { refusal: null }
    ],
    [
      'remembers what the server set aside',
      [
        {
          type: 'damageReported',
          damage: { rows: [{ id: 3, bytes: 10, reason: 'checksum mismatch', quarantinedAt: 'x' }] }
        }
      ],
      { damage: { rows: [{ id: 3, bytes: 10, reason: 'checksum mismatch', quarantinedAt: 'x' }] } }
    ],
    [
      'follows the local copy through failure and rebuild',
      [
        { type: 'localStoreChanged', state: { kind: 'ok', unsaved: 0 } },
        {
          type: 'localStoreChanged',
          state: { kind: 'failed', message: 'QuotaExceededError', rebuilt: true, unsaved: 0 }
        }
      ],
      { localStore: { kind: 'failed', message: 'QuotaExceededError', rebuilt: true, unsaved: 0 } }
    ]
  ])('%s', (_name, events, expected) => {
    expect(run(...events)).toMatchObject(expected)
  })

  it('returns the very same record when an event changes nothing', () => {
    const online = run({ type: 'linkChanged', link: 'online', reconnectAt: null })
    expect(
      reduceRoomState(online, { type: 'linkChanged', link: 'online', reconnectAt: null })
    ).toBe(online)
    expect(reduceRoomState(online, { type: 'pendingChanged', pending: 0 })).toBe(online)
  })
})

describe('createRoomStateStore', () => {
  it('tells its listeners of changes only, and nothing after close', () => {
    const store = createRoomStateStore()
    const seen: RoomState[] = []
    const unsubscribe = store.subscribe(() => seen.push(store.getState()))
    store.dispatch({ type: 'pendingChanged', pending: 1 })
    store.dispatch({ type: 'pendingChanged', pending: 1 })
    store.dispatch({ type: 'pendingChanged', pending: 2 })
    expect(seen.map((state) => state.pending)).toEqual([1, 2])
    unsubscribe()
    store.dispatch({ type: 'pendingChanged', pending: 3 })
    expect(seen).toHaveLength(2)
    const other: number[] = []
    store.subscribe(() => other.push(store.getState().pending))
    store.close()
    store.dispatch({ type: 'pendingChanged', pending: 4 })
    expect(other).toEqual([])
    expect(store.getState().pending).toBe(3)
  })
})
