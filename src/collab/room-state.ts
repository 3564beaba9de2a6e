/**
 * One room connection's state as one immutable record, computed by a pure reducer from named
 * events. The connection (room-connection.ts) turns what the provider, the link watcher and
 * the local copy report into these events; the UI reads the record, nothing else.
 */
import type { Message } from '../core/i18n/message'
import type { RoomDamageReport } from '../core/sync-extensions'
import type { LocalStoreState } from './local-room-store'
import type { Link } from './sync-link'

/** Where the editor's content may come from yet: nowhere, this device's copy, or the server. */
/** How many of this device's updates were refused, and the last reason (English, and as a message). */
export interface RefusedUpdates {
  readonly count: number
  readonly reason: string
  readonly message?: Message
}

export type RoomReady = 'none' | 'local' | 'server'

/** A connection the server closed with a reason worth showing (policy, damage, limits). */
export interface Refusal {
  readonly code: number
  readonly reason: string
}

/** Everything a room view shows about its connection. */
export interface RoomState {
  readonly link: Link
  /** When the next reconnection attempt is due (epoch ms), while reconnecting. */
  readonly reconnectAt: number | null
  /** True while the current connection has completed its sync with the server. */
  readonly synced: boolean
  /** Local changes (transactions) the server has not acknowledged storing. */
  readonly pending: number
  /** Sticky: once content is available it stays, even while reconnecting. */
  readonly ready: RoomReady
  readonly localStore: LocalStoreState
  /**
   * Whether this device's copy has been read into the document, pending changes counted:
   * `reading` until then, `none` where there is no copy to read (or it could not be read).
   */
  readonly localCopy: 'reading' | 'read' | 'none'
  /** What the server set aside of this room's stored data, once it has said so. */
  readonly damage: RoomDamageReport | null
  /** The last time the server refused this connection with a reason; cleared on a new sync. */
  readonly refusal: Refusal | null
  /**
   * Updates of this device's the server refused (a team server's role or authorship check),
   * with the last reason. The refused work stays in this device's document and local copy.
   */
  readonly refusedUpdates: RefusedUpdates | null
}

/** What happened to the connection. */
export type RoomEvent =
  | { readonly type: 'linkChanged'; readonly link: Link; readonly reconnectAt: number | null }
  | { readonly type: 'syncChanged'; readonly synced: boolean }
  | { readonly type: 'pendingChanged'; readonly pending: number }
  /** The local copy was read; `serverSynced` when it holds a room synced here before. */
  | { readonly type: 'localCopyRead'; readonly serverSynced: boolean }
  /** There is no local copy to read: none was asked for, or opening it failed. */
  | { readonly type: 'localCopyMissing' }
  | { readonly type: 'localStoreChanged'; readonly state: LocalStoreState }
  | { readonly type: 'damageReported'; readonly damage: RoomDamageReport }
  | { readonly type: 'refused'; readonly refusal: Refusal }
  | { readonly type: 'updateRefused'; readonly reason: string; readonly message?: Message }

/** A connection that has just been opened. */
export const INITIAL_ROOM_STATE: RoomState = {
  link: 'connecting',
  reconnectAt: null,
  synced: false,
  pending: 0,
  ready: 'none',
  localStore: { kind: 'loading' },
  localCopy: 'reading',
  damage: null,
  refusal: null,
  refusedUpdates: null
}

/** The state after `event`; the very same object when nothing changed, so nobody re-renders. */
export function reduceRoomState(state: RoomState, event: RoomEvent): RoomState {
  switch (event.type) {
    case 'linkChanged':
      return change(state, { link: event.link, reconnectAt: event.reconnectAt })
    case 'syncChanged':
      return event.synced
        ? change(state, { synced: true, ready: 'server', refusal: null })
        : change(state, { synced: false })
    case 'pendingChanged':
      return change(state, { pending: event.pending })
    case 'localCopyRead':
      // The server's content wins; a copy of a room never synced here is not content yet:
      // editing an empty copy would fork the text.
      return change(state, {
        localCopy: 'read',
        ready: event.serverSynced && state.ready === 'none' ? 'local' : state.ready
      })
    case 'localCopyMissing':
      return change(state, { localCopy: 'none' })
    case 'localStoreChanged':
      return change(state, { localStore: event.state })
    case 'damageReported':
      return change(state, { damage: event.damage })
    case 'refused':
      return change(state, { refusal: event.refusal })
    case 'updateRefused':
      return change(state, {
        refusedUpdates: {
          count: (state.refusedUpdates?.count ?? 0) + 1,
          reason: event.reason,
          ...(event.message === undefined ? {} : { message: event.message })
        }
      })
  }
}

function change(state: RoomState, next: Partial<RoomState>): RoomState {
  const keys = Object.keys(next) as (keyof RoomState)[]
  return keys.every((key) => Object.is(state[key], next[key])) ? state : { ...state, ...next }
}

/** A state record with its listeners: `getState` and `subscribe` as useSyncExternalStore wants. */
export interface RoomStateStore {
  getState(): RoomState
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void
  dispatch(event: RoomEvent): void
  /** Forgets every listener; later events change nothing. */
  close(): void
}

/** A store starting at `initial`. */
export function createRoomStateStore(initial: RoomState = INITIAL_ROOM_STATE): RoomStateStore {
  let state = initial
  let closed = false
  const listeners = new Set<() => void>()
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    dispatch(event) {
      if (closed) return
      const next = reduceRoomState(state, event)
      if (next === state) return
      state = next
      for (const listener of [...listeners]) listener()
    },
    close() {
      closed = true
      listeners.clear()
    }
  }
}
