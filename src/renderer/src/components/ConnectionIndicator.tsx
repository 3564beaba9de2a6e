import type { RoomConnection } from '../../../collab/room-connection'
import { connectionText, localStoreAlert } from '../connection-text'
import { useNow, useRoomState } from '../hooks/use-room-state'
import { useText } from '../i18n/use-text'

/** Where the reviewer stands with the server, in words; plus an alert if the local copy failed. */
export function ConnectionIndicator({ connection }: { connection: RoomConnection | null }) {
  const { text } = useText()
  const sync = useRoomState(connection)
  const now = useNow(sync.reconnectAt !== null)
  const alert = localStoreAlert(sync.localStore)
  return (
    <>
      <p role="status" className={`connection connection--${sync.link}`}>
        {text(connectionText(sync, now))}
      </p>
      {alert && (
        <p role="alert" className="error">
          {text(alert)}
        </p>
      )}
    </>
  )
}
