/** Keeps one room connection open for as long as a room view shows it. */
import { useEffect, useState } from 'react'
import type { ReviewerPresence, RoomConnection } from '../../../collab/room-connection'
import { connectRoom } from '../../../collab/room-connection'
import { browserNetwork } from './use-room-state'

/** Connects to `room` while mounted; null until connected and after unmounting. */
export function useRoomConnection(
  serverUrl: string | null,
  room: string,
  reviewer: ReviewerPresence
): RoomConnection | null {
  const [connection, setConnection] = useState<RoomConnection | null>(null)
  const { name, color } = reviewer
  useEffect(() => {
    if (!serverUrl) return
    const opened = connectRoom({
      serverUrl,
      room,
      reviewer: { name, color },
      // Every room opened here is kept on this device, so it opens again without the server.
      localStore: window.indexedDB,
      network: browserNetwork(window)
    })
    setConnection(opened)
    return () => {
      setConnection(null)
      opened.destroy()
    }
  }, [serverUrl, room, name, color])
  return connection
}
