/** The connection indicator's words: a pure function of the sync state, so every case is tested. */
import type { LocalStoreState, RoomState } from '../../collab/room-connection'

/** What the indicator's sentence depends on. */
export type SyncFacts = Pick<RoomState, 'link' | 'reconnectAt' | 'synced' | 'pending'>

/** "1 change" / "3 changes". */
function changes(count: number): string {
  return count === 1 ? '1 change' : `${count} changes`
}

/** What waits to be synced, after the link's own words. */
function pendingText(pending: number): string {
  return pending === 0 ? 'all changes synced' : `${changes(pending)} not yet synced`
}

/** The indicator's sentence for `state` at time `now` (epoch ms). */
export function connectionText(state: SyncFacts, now: number): string {
  switch (state.link) {
    case 'offline':
      return `Offline · ${pendingText(state.pending)}`
    case 'online':
      return state.synced && state.pending === 0 ? 'Online · all changes synced' : 'Syncing…'
    case 'connecting':
      return 'Syncing…'
    case 'reconnecting': {
      const waiting = state.pending === 0 ? '' : ` · ${pendingText(state.pending)}`
      if (state.reconnectAt === null || state.reconnectAt <= now) return `Reconnecting…${waiting}`
      const seconds = Math.max(1, Math.ceil((state.reconnectAt - now) / 1000))
      return `Reconnecting in ${seconds} s${waiting}`
    }
  }
}

/** The alert for a failed local copy, or null while it is fine. */
export function localStoreAlert(state: LocalStoreState): string | null {
  if (state.kind !== 'failed') return null
  return state.rebuilt
    ? `This device’s copy of the room failed (${state.message}) and was rebuilt from the open room; no edits were lost.`
    : `This device’s copy of the room failed (${state.message}). Your edits are kept in this window and sent to the server; rebuilding the local copy…`
}
