import type { RoomDamageReport } from '../../../core/sync-extensions'

/** Says that the server set aside stored changes of this room, and which. */
export function DamagedRoomNotice({ damage }: { readonly damage: RoomDamageReport }) {
  const rows = damage.rows.map((row) => `#${row.id} (${row.reason})`).join(', ')
  return (
    <p role="alert" className="error damaged-room">
      {damage.rows.length === 1
        ? `This room is damaged: the server set aside one stored change it could not read: ${rows}. What you see may be incomplete. Nothing can be imported into this room until an administrator has reviewed it.`
        : `This room is damaged: the server set aside ${damage.rows.length} stored changes it could not read: ${rows}. What you see may be incomplete. Nothing can be imported into this room until an administrator has reviewed them.`}
    </p>
  )
}
