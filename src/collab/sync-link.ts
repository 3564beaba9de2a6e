/**
 * How the room's link to the server really stands. The provider alone can report "connected"
 * for 30 s on a socket whose traffic is gone (Chromium's offline mode does that), so this adds
 * the browser's online/offline signal and a heartbeat: an opt-in ping the server answers.
 */
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import type { WebsocketProvider } from 'y-websocket'
import { SyncExtensionType } from '../core/sync-extensions'

/** Where the reviewer stands with the server. */
export type Link = 'connecting' | 'online' | 'reconnecting' | 'offline'

/** The link and, while reconnecting, when the next attempt is due (epoch ms). */
export interface LinkState {
  readonly link: Link
  readonly reconnectAt: number | null
}

/** The host's view of the network (the browser's `navigator.onLine` and its events). */
export interface NetworkMonitor {
  isOnline(): boolean
  /** Calls `onChange` when the host goes online or offline; returns the unsubscribe function. */
  subscribe(onChange: (online: boolean) => void): () => void
}

/** A network that never goes offline (Node, tests that drive the provider themselves). */
export const ALWAYS_ONLINE: NetworkMonitor = {
  isOnline: () => true,
  subscribe: () => () => undefined
}

/** Heartbeat timing: a ping every `intervalMs`; silence longer than `timeoutMs` drops the socket. */
export interface HeartbeatTiming {
  readonly intervalMs: number
  readonly timeoutMs: number
}

/** Pings every 2 s, gives up on a socket silent for 6 s. */
export const DEFAULT_HEARTBEAT: HeartbeatTiming = { intervalMs: 2_000, timeoutMs: 6_000 }

/** What `watchSyncLink` reports to. */
export interface SyncLinkOptions {
  readonly network: NetworkMonitor
  readonly heartbeat: HeartbeatTiming
  /** Called with each acknowledgement's encoded snapshot. */
  readonly onAck: (snapshot: Uint8Array) => void
  /** Called whenever the link state may have changed. */
  readonly onChange: () => void
}

/** The watcher of one provider's link. */
export interface SyncLink {
  state(): LinkState
  destroy(): void
}

/** The delay y-websocket waits before its next attempt after `failures` unsuccessful ones. */
export function backoffDelayMs(failures: number, maxBackoffMs: number): number {
  return Math.min(2 ** failures * 100, maxBackoffMs)
}

const PING = ((): Uint8Array => {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, SyncExtensionType.ping)
  return encoding.toUint8Array(encoder)
})()

/** Watches `provider` (which must have opted in to acks) and keeps its socket honest. */
export function watchSyncLink(provider: WebsocketProvider, options: SyncLinkOptions): SyncLink {
  const { network, heartbeat, onAck } = options
  let reconnectAt: number | null = null
  let everDisconnected = false
  let connectingSince = 0
  // Quiet until set up: the initial disconnect below must not report to a caller still waiting
  // for this function to return.
  let started = false
  const onChange = (): void => {
    if (started) options.onChange()
  }

  provider.messageHandlers[SyncExtensionType.ack] = (_encoder, decoder) => {
    onAck(decoding.readVarUint8Array(decoder))
  }
  const handleClose = (): void => {
    everDisconnected = true
    // The provider counts this failure right after the event, then waits its backoff.
    reconnectAt = provider.shouldConnect
      ? Date.now() + backoffDelayMs(provider.wsUnsuccessfulReconnects + 1, provider.maxBackoffTime)
      : null
    onChange()
  }
  const handleStatus = (event: { status: string }): void => {
    if (event.status !== 'disconnected') reconnectAt = null
    if (event.status === 'connecting') connectingSince = Date.now()
    onChange()
  }
  provider.on('connection-close', handleClose)
  provider.on('status', handleStatus)

  const restart = (): void => {
    provider.disconnect()
    if (network.isOnline()) provider.connect()
  }
  const beat = (): void => {
    const socket = provider.ws
    // The provider has no timeout of its own for an attempt that never completes.
    if (provider.wsconnecting && Date.now() - connectingSince > heartbeat.timeoutMs)
      return restart()
    if (!provider.wsconnected || !socket) return
    if (Date.now() - provider.wsLastMessageReceived > heartbeat.timeoutMs) return restart()
    try {
      socket.send(PING)
    } catch {
      restart()
    }
  }
  const timer = setInterval(beat, heartbeat.intervalMs)
  const unsubscribeNetwork = network.subscribe((online) => {
    // Offline: stop trying (each attempt would fail) and say so at once; online: try now.
    if (online) provider.connect()
    else provider.disconnect()
    onChange()
  })
  if (!network.isOnline()) provider.disconnect()
  started = true

  return {
    state() {
      if (!network.isOnline()) return { link: 'offline', reconnectAt: null }
      if (provider.wsconnected) return { link: 'online', reconnectAt: null }
      if (everDisconnected) return { link: 'reconnecting', reconnectAt }
      return { link: 'connecting', reconnectAt: null }
    },
    destroy() {
      clearInterval(timer)
      unsubscribeNetwork()
      provider.off('connection-close', handleClose)
      provider.off('status', handleStatus)
    }
  }
}
