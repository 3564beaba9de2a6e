/** Opens a room: the Y.Doc, its WebsocketProvider to the sync server, and the reviewer's presence. */
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'

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
export function connectRoom({ serverUrl, room, reviewer }: RoomConnectionOptions): RoomConnection {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(syncUrlFor(serverUrl), room, doc)
  provider.awareness.setLocalStateField('user', { name: reviewer.name, color: reviewer.color })

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
    destroy() {
      statusListeners.clear()
      syncedListeners.clear()
      provider.off('status', handleProviderStatus)
      provider.off('sync', handleSync)
      // destroy() also tells the other reviewers this caret is gone.
      provider.destroy()
      doc.destroy()
    }
  }
}
