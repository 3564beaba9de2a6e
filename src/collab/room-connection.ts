/**
 * Opens a room: the Y.Doc, its local copy on this device, its WebsocketProvider to the sync
 * server (with Claimdesk's acknowledgements), and the reviewer's presence.
 */
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import * as decoding from 'lib0/decoding'
import type { RoomDamageReport } from '../core/sync-extensions'
import {
  ACKS_PARAM,
  ACKS_VERSION,
  SyncExtensionType,
  parseRoomDamage
} from '../core/sync-extensions'
import type { IdbFactory } from './idb'
import type { LocalRoomStore, LocalStoreState } from './local-room-store'
import { openLocalRoomStore } from './local-room-store'
import { PendingChanges } from './pending-changes'
import type { HeartbeatTiming, Link, NetworkMonitor } from './sync-link'
import { ALWAYS_ONLINE, DEFAULT_HEARTBEAT, watchSyncLink } from './sync-link'

export type { LocalStoreState } from './local-room-store'
export type { Link, NetworkMonitor } from './sync-link'

/** How the room's link to the server stands, as the reviewer should read it. */
export type ConnectionStatus = 'connecting' | 'connected' | 'disconnected'

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

/** Where the editor's content may come from yet: nowhere, this device's copy, or the server. */
export type RoomReady = 'none' | 'local' | 'server'

/** Everything the connection indicator says. */
export interface SyncState {
  readonly link: Link
  /** When the next reconnection attempt is due (epoch ms), while reconnecting. */
  readonly reconnectAt: number | null
  /** True once the current connection completed its sync with the server. */
  readonly synced: boolean
  /** Local changes (transactions) the server has not acknowledged storing. */
  readonly pending: number
}

/** A live room: its shared document, the provider syncing it, and its connection state. */
export interface RoomConnection {
  readonly room: string
  readonly doc: Y.Doc
  readonly provider: WebsocketProvider
  /** Calls `onStatus` now and on every change; returns the unsubscribe function. */
  subscribeStatus(onStatus: (status: ConnectionStatus) => void): () => void
  /** Calls `onSynced` now and whenever the first full sync with the server completes or is lost. */
  subscribeSynced(onSynced: (synced: boolean) => void): () => void
  /** Calls `onSync` now and whenever the link, sync or pending count changes. */
  subscribeSync(onSync: (state: SyncState) => void): () => void
  /** Calls `onReady` now and when the room's content becomes available (sticky, never goes back). */
  subscribeReady(onReady: (ready: RoomReady) => void): () => void
  /** Calls `onDamage` now and when the server reports stored changes of this room it set aside. */
  subscribeDamage(onDamage: (damage: RoomDamageReport | null) => void): () => void
  /** Calls `onState` now and whenever the local copy's state changes. */
  subscribeLocalStore(onState: (state: LocalStoreState) => void): () => void
  /** Resolves once the local copy was read into the document (or could not be). */
  readonly localLoaded: Promise<void>
  destroy(): void
}

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
  const { serverUrl, room, reviewer } = options
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(syncUrlFor(serverUrl), room, doc, {
    params: { [ACKS_PARAM]: ACKS_VERSION },
    disableBc: options.disableBroadcast ?? false,
    maxBackoffTime: options.maxBackoffMs ?? 5_000,
    ...(options.webSocket
      ? { WebSocketPolyfill: options.webSocket as typeof globalThis.WebSocket }
      : {})
  })
  provider.awareness.setLocalStateField('user', { name: reviewer.name, color: reviewer.color })
  const offline = trackOffline(doc, provider, options)

  // Before the first connection the reviewer is waiting; after it, any loss is a reconnect.
  let everConnected = false
  let status: ConnectionStatus = 'connecting'
  const statusListeners = new Set<(status: ConnectionStatus) => void>()
  const handleProviderStatus = (event: { status: ConnectionStatus }): void => {
    if (event.status === 'connected') everConnected = true
    const next =
      event.status === 'connected' ? 'connected' : everConnected ? 'disconnected' : 'connecting'
    if (next === status) return
    status = next
    statusListeners.forEach((listener) => listener(status))
  }
  provider.on('status', handleProviderStatus)

  let damage: RoomDamageReport | null = null
  const damageListeners = new Set<(damage: RoomDamageReport | null) => void>()
  provider.messageHandlers[SyncExtensionType.roomDamage] = (_encoder, decoder) => {
    const report = parseRoomDamage(decoding.readVarString(decoder))
    if (!report) return
    damage = report
    damageListeners.forEach((listener) => listener(report))
  }

  const syncedListeners = new Set<(synced: boolean) => void>()
  const handleSync = (synced: boolean): void => syncedListeners.forEach((l) => l(synced))
  provider.on('sync', handleSync)

  return {
    room,
    doc,
    provider,
    subscribeStatus(onStatus) {
      statusListeners.add(onStatus)
      onStatus(status)
      return () => statusListeners.delete(onStatus)
    },
    subscribeSynced(onSynced) {
      syncedListeners.add(onSynced)
      onSynced(provider.synced)
      return () => syncedListeners.delete(onSynced)
    },
    subscribeDamage(onDamage) {
      damageListeners.add(onDamage)
      onDamage(damage)
      return () => damageListeners.delete(onDamage)
    },
    subscribeSync: offline.subscribeSync,
    subscribeReady: offline.subscribeReady,
    subscribeLocalStore: offline.subscribeLocalStore,
    localLoaded: offline.localLoaded,
    destroy() {
      offline.destroy()
      statusListeners.clear()
      syncedListeners.clear()
      damageListeners.clear()
      provider.off('status', handleProviderStatus)
      provider.off('sync', handleSync)
      // destroy() also tells the other reviewers this caret is gone.
      provider.destroy()
      doc.destroy()
    }
  }
}

type OfflineParts = Pick<
  RoomConnection,
  'subscribeSync' | 'subscribeReady' | 'subscribeLocalStore' | 'localLoaded' | 'destroy'
>

/** The local copy, the pending changes and the honest link state of one connection. */
function trackOffline(
  doc: Y.Doc,
  provider: WebsocketProvider,
  options: RoomConnectionOptions
): OfflineParts {
  const pending = new PendingChanges()
  let ackSeen = false
  let ready: RoomReady = 'none'
  const syncListeners = new Set<(state: SyncState) => void>()
  const readyListeners = new Set<(ready: RoomReady) => void>()
  let store: LocalRoomStore | null = null
  const isLocalChange = (origin: unknown): boolean =>
    origin !== provider && (store === null || origin !== store.origin)

  const currentSync = (): SyncState => ({
    ...link.state(),
    synced: provider.synced,
    pending: pending.count
  })
  let lastSync: SyncState | null = null
  const emitSync = (): void => {
    const next = currentSync()
    if (lastSync && sameSync(lastSync, next)) return
    lastSync = next
    syncListeners.forEach((listener) => listener(next))
  }
  const becomeReady = (next: RoomReady): void => {
    if (ready === 'server' || ready === next) return
    ready = next
    readyListeners.forEach((listener) => listener(next))
  }

  const link = watchSyncLink(provider, {
    network: options.network ?? ALWAYS_ONLINE,
    heartbeat: options.heartbeat ?? DEFAULT_HEARTBEAT,
    onAck(snapshot) {
      ackSeen = true
      pending.acknowledge(snapshot)
      store?.saveAcked(snapshot)
      emitSync()
    },
    onChange: emitSync
  })
  const handleUpdate = (update: Uint8Array, origin: unknown): void => {
    if (!isLocalChange(origin)) return
    pending.add(update)
    emitSync()
  }
  doc.on('update', handleUpdate)
  const handleSync = (synced: boolean): void => {
    if (synced) {
      becomeReady('server')
      store?.markServerSynced()
    }
    emitSync()
  }
  provider.on('sync', handleSync)

  if (options.localStore) {
    store = openLocalRoomStore({
      factory: options.localStore,
      room: options.room,
      doc,
      isLocalChange,
      pendingLocal: () => pending.unacknowledged
    })
  }
  const localLoaded = (store?.loaded ?? Promise.resolve(null)).then((loaded) => {
    if (!loaded) return
    pending.add(...loaded.pendingLocal)
    // A newer acknowledgement from this session wins over the remembered one.
    if (loaded.acked && !ackSeen) pending.acknowledge(loaded.acked)
    if (loaded.serverSynced) becomeReady('local')
    emitSync()
  })

  return {
    subscribeSync(onSync) {
      syncListeners.add(onSync)
      onSync(currentSync())
      return () => syncListeners.delete(onSync)
    },
    subscribeReady(onReady) {
      readyListeners.add(onReady)
      onReady(ready)
      return () => readyListeners.delete(onReady)
    },
    subscribeLocalStore(onState) {
      if (!store) {
        onState({ kind: 'unavailable' })
        return () => undefined
      }
      return store.subscribe(onState)
    },
    localLoaded,
    destroy() {
      syncListeners.clear()
      readyListeners.clear()
      link.destroy()
      doc.off('update', handleUpdate)
      provider.off('sync', handleSync)
      store?.destroy()
    }
  }
}

function sameSync(a: SyncState, b: SyncState): boolean {
  return (
    a.link === b.link &&
    a.reconnectAt === b.reconnectAt &&
    a.synced === b.synced &&
    a.pending === b.pending
  )
}
