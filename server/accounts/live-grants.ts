/**
 * Keeps open sockets in step with accounts: when a member is removed, their
 * role or room access changes, their session is signed out or expires, their
 * sockets close at once (4403 or 4401). A client that reconnects is checked
 * afresh at the upgrade, so it gets its new role or is refused.
 */
import { CloseCode } from '../../src/core/close-codes'
import type { CloseCodeValue } from '../../src/core/close-codes'
import type { Accounts, Principal } from './accounts'

/** What is closed: one socket's connection. */
export interface Closable {
  close(code: CloseCodeValue, reason: string): void
}

/** Tracks sockets by member and session; `stop` detaches it from the accounts. */
export interface LiveGrants {
  /** Watches a socket until the returned function is called (when it closes). */
  track(socket: Closable, principal: Principal): () => void
  stop(): void
}

/** Starts watching `accounts` for changes that must reach open sockets. */
export function watchGrants(accounts: Accounts): LiveGrants {
  const byMember = new Map<string, Set<Closable>>()
  const bySession = new Map<string, Set<Closable>>()
  const closeAll = (sockets: Set<Closable> | undefined, code: CloseCodeValue, reason: string) => {
    for (const socket of [...(sockets ?? [])]) socket.close(code, reason)
  }
  const stopMembers = accounts.onAccessChanged((memberId) =>
    closeAll(byMember.get(memberId), CloseCode.accessChanged, 'your access changed')
  )
  const stopSessions = accounts.onSessionEnded((hash) =>
    closeAll(bySession.get(hash), CloseCode.signedOut, 'signed out')
  )
  const add = (map: Map<string, Set<Closable>>, key: string, socket: Closable) => {
    const set = map.get(key) ?? new Set()
    set.add(socket)
    map.set(key, set)
    return () => {
      set.delete(socket)
      if (set.size === 0) map.delete(key)
    }
  }
  return {
    track(socket, principal) {
      const untrackMember = add(byMember, principal.member.id, socket)
      const untrackSession = add(bySession, principal.credential.hash, socket)
      let timer: NodeJS.Timeout | undefined
      if (principal.expiresAt) {
        // setTimeout holds at most 2^31 - 1 ms; a later expiry is checked again then.
        const wait = Math.min(principal.expiresAt.getTime() - Date.now(), 2 ** 31 - 1)
        timer = setTimeout(() => socket.close(CloseCode.signedOut, 'session expired'), wait)
        timer.unref()
      }
      return () => {
        clearTimeout(timer)
        untrackMember()
        untrackSession()
      }
    },
    stop() {
      stopMembers()
      stopSessions()
    }
  }
}
