/**
 * Claimdesk's own room connections in Node, each on a "device": its own fake IndexedDB (so a
 * reload reads what that device stored) and a network switch standing in for the browser's
 * online/offline events.
 */
import { IDBFactory } from 'fake-indexeddb'
import WebSocket from 'ws'
import type { IdbFactory } from '../../src/collab/idb'
import type { NetworkMonitor, RoomConnection, RoomState } from '../../src/collab/room-connection'
import { connectRoom } from '../../src/collab/room-connection'
import { webSocketWithHeaders } from './clients'

/** A network the test turns off and on. */
export interface NetworkSwitch extends NetworkMonitor {
  set(online: boolean): void
}

/** A network switch, online at first. */
export function createNetworkSwitch(): NetworkSwitch {
  let online = true
  const listeners = new Set<(online: boolean) => void>()
  return {
    isOnline: () => online,
    subscribe(onChange) {
      listeners.add(onChange)
      return () => listeners.delete(onChange)
    },
    set(next) {
      if (next === online) return
      online = next
      listeners.forEach((listener) => listener(next))
    }
  }
}

// fake-indexeddb types itself with the DOM's IDBFactory, which Node's type project lacks.
const FakeIndexedDb = IDBFactory as unknown as new () => IdbFactory

/** One machine: its IndexedDB and its network. */
export interface Device {
  readonly indexedDB: IdbFactory
  readonly network: NetworkSwitch
}

/** A device with empty storage, online. */
export function createDevice(): Device {
  return { indexedDB: new FakeIndexedDb(), network: createNetworkSwitch() }
}

/** Opens `room` on `device` as the app does (local copy, acks, heartbeat), over `ws`. */
export function openRoomOn(
  device: Device,
  serverUrl: string,
  room: string,
  name = 'Reviewer',
  /** Sent with every upgrade, e.g. a session cookie; read again on each reconnection. */
  headers?: Record<string, string>
): RoomConnection {
  return connectRoom({
    serverUrl,
    room,
    reviewer: { name, color: '#336699' },
    localStore: device.indexedDB,
    network: device.network,
    webSocket: headers ? webSocketWithHeaders(headers) : WebSocket,
    disableBroadcast: true,
    heartbeat: { intervalMs: 500, timeoutMs: 2_000 },
    maxBackoffMs: 500
  })
}

/** Resolves once the connection's state satisfies `condition`, without polling on a timer. */
export function waitForState(
  connection: RoomConnection,
  condition: (state: RoomState) => boolean,
  what: string,
  timeoutMs = 10_000
): Promise<void> {
  return new Promise((resolve, reject) => {
    let unsubscribe = (): void => undefined
    const timer = setTimeout(() => {
      unsubscribe()
      reject(new Error(`timed out: ${what} (now ${JSON.stringify(connection.getState())})`))
    }, timeoutMs)
    const check = (): void => {
      if (!condition(connection.getState())) return
      clearTimeout(timer)
      unsubscribe()
      resolve()
    }
    unsubscribe = connection.subscribe(check)
    check()
  })
}

/** Resolves once the device's copy of the room was read (or there is none to read). */
export function localCopyRead(connection: RoomConnection): Promise<void> {
  return waitForState(connection, (state) => state.localCopy !== 'reading', 'the local copy')
}

/** Waits until the connection is online with every change acknowledged. */
export function allSynced(connection: RoomConnection, timeoutMs = 10_000): Promise<void> {
  return waitForState(
    connection,
    (state) => state.link === 'online' && state.synced && state.pending === 0,
    'all changes synced',
    timeoutMs
  )
}
