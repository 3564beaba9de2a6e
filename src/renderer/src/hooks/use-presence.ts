/** Presence in the room: who else is here, and telling them which claim is open here. */
import { useEffect, useState } from 'react'
import type { RoomConnection } from '../../../collab/room-connection'
import { announceOpenClaim, observePeers, type PeerPresence } from '../../../collab/presence'

/**
 * The other reviewers in the room, live. Awareness changes with every caret move, ours included,
 * so a new list is only taken when what presence shows actually changed: otherwise each
 * keystroke would re-render the whole side panel.
 */
export function usePeers(connection: RoomConnection): readonly PeerPresence[] {
  const [peers, setPeers] = useState<readonly PeerPresence[]>([])
  useEffect(
    () =>
      observePeers(connection.provider.awareness, (next) =>
        setPeers((current) => (samePeers(current, next) ? current : next))
      ),
    [connection]
  )
  return peers
}

/** Keeps the room told which claim this reviewer has open; clears it on leaving the room. */
export function useAnnounceOpenClaim(connection: RoomConnection, claimId: string | null): void {
  useEffect(() => {
    announceOpenClaim(connection.provider.awareness, claimId)
  }, [connection, claimId])
  // Cleared only when the room view goes, so switching claims sends one update, not two.
  useEffect(() => () => announceOpenClaim(connection.provider.awareness, null), [connection])
}

function samePeers(a: readonly PeerPresence[], b: readonly PeerPresence[]): boolean {
  return a.length === b.length && a.every((peer, index) => samePeer(peer, b[index]))
}

function samePeer(a: PeerPresence, b: PeerPresence | undefined): boolean {
  return (
    b !== undefined &&
    a.clientId === b.clientId &&
    a.name === b.name &&
    a.color === b.color &&
    a.openClaim === b.openClaim
  )
}
