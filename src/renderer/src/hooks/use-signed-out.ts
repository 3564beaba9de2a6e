/**
 * Whether a team server's session has ended while a room is open. A refused WebSocket upgrade
 * tells the browser nothing about why, so while the room keeps failing to reconnect the
 * server is asked who this is; a 401 there means the member must sign in again.
 */
import { useEffect, useState } from 'react'
import type { Link } from '../../../collab/sync-link'
import { fetchSession } from '../account-api'

/** How often the session is asked about while reconnections keep failing. */
const RECHECK_MS = 10_000

export function useSignedOut(
  fetchFn: typeof fetch,
  serverUrl: string | null,
  teamServer: boolean,
  link: Link
): boolean {
  const [signedOut, setSignedOut] = useState(false)
  const reconnecting = link === 'reconnecting'
  useEffect(() => {
    if (!serverUrl || !teamServer || !reconnecting) return
    let current = true
    const check = (): void => {
      void fetchSession(fetchFn, serverUrl).then((session) => {
        if (current && session.kind === 'signed-out') setSignedOut(true)
      })
    }
    check()
    const timer = setInterval(check, RECHECK_MS)
    return () => {
      current = false
      clearInterval(timer)
    }
  }, [fetchFn, serverUrl, teamServer, reconnecting])
  return signedOut
}
