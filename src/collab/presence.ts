/**
 * Who else is in the room and which claim each of them has open. Presence rides on the
 * awareness protocol (relayed, never stored), beside the `user` field the carets already use.
 */
import type { Awareness } from 'y-protocols/awareness'

/** The awareness field holding the id of the claim a reviewer has open, or null. */
export const OPEN_CLAIM_FIELD = 'openClaim'

/** Another reviewer as presence shows them. */
export interface PeerPresence {
  /** The awareness client id: one per open window, so one reviewer may appear twice. */
  readonly clientId: number
  readonly name: string
  readonly color: string
  readonly openClaim: string | null
}

/** Announces which claim the local reviewer has open; null when none. */
export function announceOpenClaim(awareness: Awareness, claimId: string | null): void {
  awareness.setLocalStateField(OPEN_CLAIM_FIELD, claimId)
}

/** The other reviewers in the room, by client id; states from peers are checked, not trusted. */
export function readPeers(awareness: Awareness): PeerPresence[] {
  const peers: PeerPresence[] = []
  awareness.getStates().forEach((state, clientId) => {
    if (clientId === awareness.clientID) return
    const peer = peerFromState(clientId, state)
    if (peer) peers.push(peer)
  })
  return peers.sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId)
}

/** Calls `onPeers` with the other reviewers now and whenever any presence changes; returns unsubscribe. */
export function observePeers(
  awareness: Awareness,
  onPeers: (peers: PeerPresence[]) => void
): () => void {
  const handleChange = (): void => onPeers(readPeers(awareness))
  awareness.on('change', handleChange)
  handleChange()
  return () => awareness.off('change', handleChange)
}

/** Claim id → the other reviewers who have it open, each name once. */
export function viewersByClaim(peers: readonly PeerPresence[]): Map<string, PeerPresence[]> {
  const byClaim = new Map<string, PeerPresence[]>()
  for (const peer of peers) {
    if (peer.openClaim === null) continue
    const viewers = byClaim.get(peer.openClaim) ?? []
    if (!viewers.some((viewer) => viewer.name === peer.name)) viewers.push(peer)
    byClaim.set(peer.openClaim, viewers)
  }
  return byClaim
}

function peerFromState(clientId: number, state: Record<string, unknown>): PeerPresence | null {
  const user = state['user']
  if (typeof user !== 'object' || user === null) return null
  const { name, color } = user as { name?: unknown; color?: unknown }
  if (typeof name !== 'string' || name.trim().length === 0) return null
  const openClaim = state[OPEN_CLAIM_FIELD]
  return {
    clientId,
    name,
    // Colours end up in a style attribute, so only plain hex colours pass.
    color: typeof color === 'string' && /^#[0-9a-fA-F]{3,8}$/.test(color) ? color : '#59636e',
    openClaim: typeof openClaim === 'string' && openClaim.length > 0 ? openClaim : null
  }
}
