/** Who the app is signed in as on its server, asked once per server URL. */
import { useEffect, useState } from 'react'
import type { SessionInfo } from '../account-api'
import { fetchSession } from '../account-api'
import type { Preferences } from '../preferences'

/** The session, or `loading` while the server is being asked. */
export type SessionState = SessionInfo | { readonly kind: 'loading' }

/**
 * Asks the server; a member is remembered on this device, so that the app keeps working
 * under their name offline. Signing out (or a server without accounts) forgets them.
 */
export function useSession(
  fetchFn: typeof fetch,
  preferences: Preferences,
  serverUrl: string | null
): SessionState {
  const [state, setState] = useState<SessionState>({ kind: 'loading' })
  useEffect(() => {
    if (!serverUrl) return
    let current = true
    void fetchSession(fetchFn, serverUrl).then((session) => {
      if (!current) return
      if (session.kind === 'member') preferences.rememberMember(session.member)
      if (session.kind === 'open' || session.kind === 'signed-out') preferences.rememberMember(null)
      setState(
        session.kind === 'unreachable'
          ? { kind: 'unreachable', member: preferences.member() }
          : session
      )
    })
    return () => {
      current = false
    }
  }, [fetchFn, preferences, serverUrl])
  return state
}
