/** The member's access to the open room, asked again each time the room (re)syncs. */
import { useEffect, useState } from 'react'
import type { Role } from '../../../core/access/roles'
import { fetchRoomRole } from '../account-api'
import type { RoomAccess } from '../room-access'
import { OPEN_ACCESS, accessFor } from '../room-access'

/**
 * OPEN_ACCESS on a server without accounts. On a team server the role starts as the member's
 * own (the room may override it) and follows what the server says; a server that cannot be
 * asked leaves the last answer in place, so offline work goes on under it.
 */
export function useRoomAccess(
  fetchFn: typeof fetch,
  serverUrl: string | null,
  room: string,
  memberRole: Role | null,
  synced: boolean
): RoomAccess {
  const [role, setRole] = useState<Role | null>(memberRole)
  useEffect(() => {
    if (!serverUrl || memberRole === null || !synced) return
    let current = true
    void fetchRoomRole(fetchFn, serverUrl, room).then((result) => {
      if (current && result.ok) setRole(result.value)
    })
    return () => {
      current = false
    }
  }, [fetchFn, serverUrl, room, memberRole, synced])
  return role === null ? OPEN_ACCESS : accessFor(role)
}
