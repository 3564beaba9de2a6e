/** The connection indicator's words: a pure function of the sync state, so every case is tested. */
import type { LocalStoreState, RoomState } from '../../collab/room-connection'
import { message, type Message } from '../../core/i18n/message'

/** What the indicator's sentence depends on. */
export type SyncFacts = Pick<RoomState, 'link' | 'reconnectAt' | 'synced' | 'pending'>

/** The indicator's sentence for `state` at time `now` (epoch ms). */
export function connectionText(state: SyncFacts, now: number): Message {
  const count = state.pending
  switch (state.link) {
    case 'offline':
      return count === 0
        ? message('app.connection.offline')
        : message('app.connection.offlinePending', { count })
    case 'online':
      return state.synced && count === 0
        ? message('app.connection.online')
        : message('app.connection.syncing')
    case 'connecting':
      return message('app.connection.syncing')
    case 'reconnecting': {
      if (state.reconnectAt === null || state.reconnectAt <= now) {
        return count === 0
          ? message('app.connection.reconnecting')
          : message('app.connection.reconnectingPending', { count })
      }
      const seconds = Math.max(1, Math.ceil((state.reconnectAt - now) / 1000))
      return count === 0
        ? message('app.connection.reconnectingIn', { seconds })
        : message('app.connection.reconnectingInPending', { seconds, count })
    }
  }
}

/** The alert for a failed local copy, or null while it is fine. */
export function localStoreAlert(state: LocalStoreState): Message | null {
  if (state.kind !== 'failed') return null
  const values = { reason: state.message }
  return state.rebuilt
    ? message('app.localStore.rebuilt', values)
    : message('app.localStore.failed', values)
}
