import type { RoomConnection } from '../../../collab/room-connection'
import { connectionText, localStoreAlert } from '../connection-text'
import { useLocalStoreState, useNow, useSyncState } from '../hooks/use-sync-state'

/** Where the reviewer stands with the server, in words; plus an alert if the local copy failed. */
export function ConnectionIndicator({ connection }: { connection: RoomConnection | null }) {
  const sync = useSyncState(connection)
  const local = useLocalStoreState(connection)
  const now = useNow(sync.reconnectAt !== null)
  const alert = localStoreAlert(local)
  return (
    <>
      <p role="status" className={`connection connection--${sync.link}`}>
        {connectionText(sync, now)}
      </p>
      {alert && (
        <p role="alert" className="error">
          {alert}
        </p>
      )}
    </>
  )
}
