/** Keeps one room connection open for as long as a room view shows it. */
import { useEffect, useState } from 'react'
import type {
  ConnectionStatus,
  ReviewerPresence,
  RoomConnection
} from '../../../collab/room-connection'
import { connectRoom } from '../../../collab/room-connection'
import { browserNetwork } from './use-sync-state'

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

/**
 * The connection's status and whether the room's content is available: synced with the server
 * once in this session, or, for a room that synced on this device before, read from its local copy.
 */
export function useRoomState(connection: RoomConnection): {
  status: ConnectionStatus
  hasSynced: boolean
} {
  const [status, setStatus] = useState<ConnectionStatus>('connecting')
  const [hasSynced, setHasSynced] = useState(false)
  useEffect(() => connection.subscribeStatus(setStatus), [connection])
  // Sticky: once the text has arrived the editor stays, even while reconnecting. A room never
  // synced on this device waits for the server: editing an empty copy would fork the text.
  useEffect(
    () => connection.subscribeReady((ready) => ready !== 'none' && setHasSynced(true)),
    [connection]
  )
  return { status, hasSynced }
}
