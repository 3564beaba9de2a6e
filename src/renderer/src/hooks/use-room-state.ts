/** The room connection's state for React, the browser's network signal, and a ticking clock. */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react'
import type { NetworkMonitor, RoomConnection, RoomState } from '../../../collab/room-connection'
import { INITIAL_ROOM_STATE } from '../../../collab/room-state'

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

/** The connection's state, re-rendering on every change; the opening state while there is none. */
export function useRoomState(connection: RoomConnection | null): RoomState {
  const subscribe = useCallback(
    (listener: () => void) => connection?.subscribe(listener) ?? (() => undefined),
    [connection]
  )
  return useSyncExternalStore(subscribe, () => connection?.getState() ?? INITIAL_ROOM_STATE)
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
