/**
 * Opens a room: the Y.Doc, its local copy on this device, its WebsocketProvider to the sync
 * server (with Claimdesk's acknowledgements), and the reviewer's presence. Everything the UI
 * may know about the connection is one RoomState record (room-state.ts), fed by the events
 * each part reports here.
 */
import * as decoding from 'lib0/decoding'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import {
  ACKS_PARAM,
  ACKS_VERSION,
  SyncExtensionType,
  parseRoomDamage,
  parseUpdateRefusal
} from '../core/sync-extensions'
import { CloseCode } from '../core/close-codes'
import type { IdbFactory } from './idb'
import type { LocalRoomStore } from './local-room-store'
import { openLocalRoomStore } from './local-room-store'
import { PendingChanges } from './pending-changes'
import type { RoomState, RoomStateStore } from './room-state'
import { createRoomStateStore } from './room-state'
import type { HeartbeatTiming, NetworkMonitor } from './sync-link'
import { ALWAYS_ONLINE, DEFAULT_HEARTBEAT, watchSyncLink } from './sync-link'

export type { LocalStoreState } from './local-room-store'
export type { Refusal, RoomReady, RoomState } from './room-state'
export type { Link, NetworkMonitor } from './sync-link'

/** The reviewer as other reviewers see them: the name and colour on their caret. */
export interface ReviewerPresence {
  readonly name: string
  readonly color: string
}

/** What is needed to join a room. */
export interface RoomConnectionOptions {
  /** The sync server's http(s) origin, e.g. `http://127.0.0.1:4321`. */
  readonly serverUrl: string
  readonly room: string
  readonly reviewer: ReviewerPresence
  /** IndexedDB for the room's local copy; without it the room lives in memory only. */
  readonly localStore?: IdbFactory
  /** The host's online/offline signal; defaults to always online. */
  readonly network?: NetworkMonitor
  readonly heartbeat?: HeartbeatTiming
  /** A WebSocket implementation where there is no global one (Node: `ws`). */
  readonly webSocket?: unknown
  /** Keeps windows of one browser from syncing over BroadcastChannel (tests of the server path). */
  readonly disableBroadcast?: boolean
  /** Longest wait between reconnection attempts. */
  readonly maxBackoffMs?: number
}

/** A live room: its shared document, the provider syncing it, and its connection's state. */
export interface RoomConnection {
  readonly room: string
  readonly doc: Y.Doc
  readonly provider: WebsocketProvider
  /** The connection's state now; a new object only when something changed. */
  getState(): RoomState
  /** Calls `listener` after every change of state; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void
  destroy(): void
}

/** Close codes with which the server refuses a connection for a reason worth showing. */
const REFUSAL_CODES = new Set<number>([
  CloseCode.malformedMessage,
  CloseCode.policyViolation,
  CloseCode.messageTooBig,
  CloseCode.serverError,
  CloseCode.tryAgainLater,
  CloseCode.signedOut,
  CloseCode.accessChanged
])

/** The y-websocket base URL for a server URL: http→ws, https→wss, plus `/sync`. */
export function syncUrlFor(serverUrl: string): string {
  const url = new URL(serverUrl)
  if (url.protocol === 'http:') url.protocol = 'ws:'
  else if (url.protocol === 'https:') url.protocol = 'wss:'
  else throw new Error(`the server URL must be http(s), not ${url.protocol}`)
  const path = url.pathname.replace(/\/+$/, '')
  return `${url.protocol}//${url.host}${path}/sync`
}

/** Joins a room. Each call gets a fresh Y.Doc, so a fresh clientID (never persisted, never shared). */
export function connectRoom(options: RoomConnectionOptions): RoomConnection {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(syncUrlFor(options.serverUrl), options.room, doc, {
    params: { [ACKS_PARAM]: ACKS_VERSION },
    disableBc: options.disableBroadcast ?? false,
    maxBackoffTime: options.maxBackoffMs ?? 5_000,
    ...(options.webSocket
      ? { WebSocketPolyfill: options.webSocket as typeof globalThis.WebSocket }
      : {})
  })
  const { name, color } = options.reviewer
  provider.awareness.setLocalStateField('user', { name, color })
  const store = createRoomStateStore()
  const stopWatching = watchRoom(doc, provider, options, store)
  return {
    room: options.room,
    doc,
    provider,
    getState: () => store.getState(),
    subscribe: (listener) => store.subscribe(listener),
    destroy() {
      stopWatching()
      store.close()
      // destroy() also tells the other reviewers this caret is gone.
      provider.destroy()
      doc.destroy()
    }
  }
}

/** Turns what the provider, the link, the acks and the local copy report into events. */
function watchRoom(
  doc: Y.Doc,
  provider: WebsocketProvider,
  options: RoomConnectionOptions,
  store: RoomStateStore
): () => void {
  const pending = new PendingChanges()
  let ackSeen = false
  let local: LocalRoomStore | null = null
  const isLocalChange = (origin: unknown): boolean =>
    origin !== provider && (local === null || origin !== local.origin)
  const reportPending = (): void =>
    store.dispatch({ type: 'pendingChanged', pending: pending.count })

  const link = watchSyncLink(provider, {
    network: options.network ?? ALWAYS_ONLINE,
    heartbeat: options.heartbeat ?? DEFAULT_HEARTBEAT,
    onAck(snapshot) {
      ackSeen = true
      pending.acknowledge(snapshot)
      local?.saveAcked(snapshot)
      reportPending()
    },
    onChange: () => store.dispatch({ type: 'linkChanged', ...link.state() })
  })
  store.dispatch({ type: 'linkChanged', ...link.state() })

  provider.messageHandlers[SyncExtensionType.roomDamage] = (_encoder, decoder) => {
    const damage = parseRoomDamage(decoding.readVarString(decoder))
    if (damage) store.dispatch({ type: 'damageReported', damage })
  }
  provider.messageHandlers[SyncExtensionType.updateRefused] = (_encoder, decoder) => {
    const refused = parseUpdateRefusal(decoding.readVarString(decoder))
    if (refused) {
      const { reason, message } = refused
      store.dispatch({ type: 'updateRefused', reason, ...(message ? { message } : {}) })
    }
  }
  const handleClose = (event: { code: number; reason: string } | null): void => {
    if (event && REFUSAL_CODES.has(event.code) && event.reason) {
      store.dispatch({ type: 'refused', refusal: { code: event.code, reason: event.reason } })
    }
  }
  provider.on('connection-close', handleClose)
  const handleUpdate = (update: Uint8Array, origin: unknown): void => {
    if (!isLocalChange(origin)) return
    pending.add(update)
    reportPending()
  }
  doc.on('update', handleUpdate)
  const handleSync = (synced: boolean): void => {
    if (synced) local?.markServerSynced()
    store.dispatch({ type: 'syncChanged', synced })
  }
  provider.on('sync', handleSync)

  let unsubscribeLocal = (): void => undefined
  if (options.localStore) {
    local = openLocalRoomStore({
      factory: options.localStore,
      room: options.room,
      doc,
      isLocalChange,
      pendingLocal: () => pending.unacknowledged
    })
    unsubscribeLocal = local.subscribe((state) =>
      store.dispatch({ type: 'localStoreChanged', state })
    )
    void local.loaded.then((loaded) => {
      if (!loaded) return store.dispatch({ type: 'localCopyMissing' })
      pending.add(...loaded.pendingLocal)
      // A newer acknowledgement from this session wins over the remembered one.
      if (loaded.acked && !ackSeen) pending.acknowledge(loaded.acked)
      reportPending()
      store.dispatch({ type: 'localCopyRead', serverSynced: loaded.serverSynced })
    })
  } else {
    store.dispatch({ type: 'localStoreChanged', state: { kind: 'unavailable' } })
    store.dispatch({ type: 'localCopyMissing' })
  }

  return () => {
    link.destroy()
    unsubscribeLocal()
    doc.off('update', handleUpdate)
    provider.off('sync', handleSync)
    provider.off('connection-close', handleClose)
    local?.destroy()
  }
}
