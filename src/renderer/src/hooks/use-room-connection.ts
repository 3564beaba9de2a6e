/** Keeps one room connection open for as long as a room view shows it. */
import { useEffect, useState } from 'react'
import type {
  ConnectionStatus,
  ReviewerPresence,
  RoomConnection
} from '../../../collab/room-connection'
import { connectRoom } from '../../../collab/room-connection'

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
    const opened = connectRoom({ serverUrl, room, reviewer: { name, color } })
    setConnection(opened)
    return () => {
      setConnection(null)
      opened.destroy()
    }
  }, [serverUrl, room, name, color])
  return connection
}

/** The connection's status and whether it has ever completed a full sync with the server. */
export function useRoomState(connection: RoomConnection): {
  status: ConnectionStatus
  hasSynced: boolean
} {
  const [status, setStatus] = useState<ConnectionStatus>('connecting')
  const [hasSynced, setHasSynced] = useState(false)
  useEffect(() => connection.subscribeStatus(setStatus), [connection])
  // Sticky: once the text has arrived the editor stays, even while reconnecting.
  useEffect(
    () => connection.subscribeSynced((synced) => synced && setHasSynced(true)),
    [connection]
  )
  return { status, hasSynced }
}
