/** The room's sync state and local copy as React state, and the browser's network signal. */
import { useEffect, useState } from 'react'
import type {
  LocalStoreState,
  NetworkMonitor,
  RoomConnection,
  SyncState
} from '../../../collab/room-connection'
import type { RoomDamageReport } from '../../../core/sync-extensions'

/** The browser's `navigator.onLine` and its online/offline events. */
export function browserNetwork(win: Window): NetworkMonitor {
  return {
    isOnline: () => win.navigator.onLine,
    subscribe(onChange) {
      const handleOnline = (): void => onChange(true)
      const handleOffline = (): void => onChange(false)
      win.addEventListener('online', handleOnline)
      win.addEventListener('offline', handleOffline)
      return () => {
        win.removeEventListener('online', handleOnline)
        win.removeEventListener('offline', handleOffline)
      }
    }
  }
}

const INITIAL_SYNC: SyncState = { link: 'connecting', reconnectAt: null, synced: false, pending: 0 }

/** The connection's link, sync and pending count. */
export function useSyncState(connection: RoomConnection | null): SyncState {
  const [state, setState] = useState<SyncState>(INITIAL_SYNC)
  useEffect(() => connection?.subscribeSync(setState), [connection])
  return connection ? state : INITIAL_SYNC
}

/** The state of the room's local copy on this device. */
export function useLocalStoreState(connection: RoomConnection | null): LocalStoreState {
  const [state, setState] = useState<LocalStoreState>({ kind: 'loading' })
  useEffect(() => connection?.subscribeLocalStore(setState), [connection])
  return state
}

/** The current time, re-read every second while `ticking` (for countdowns). */
export function useNow(ticking: boolean): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!ticking) return
    setNow(Date.now())
    const timer = setInterval(() => setNow(Date.now()), 250)
    return () => clearInterval(timer)
  }, [ticking])
  return now
}

/** The stored changes of the room that the server set aside, or null while it reports none. */
export function useRoomDamage(connection: RoomConnection | null): RoomDamageReport | null {
  const [damage, setDamage] = useState<RoomDamageReport | null>(null)
  useEffect(() => connection?.subscribeDamage(setDamage), [connection])
  return connection ? damage : null
}
