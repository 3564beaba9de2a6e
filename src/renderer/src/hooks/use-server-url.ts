/** The sync server's URL, which the desktop host only knows asynchronously. */
import { useEffect, useState } from 'react'
import type { Platform } from '../platform/platform'

/** Either the server URL, an error message, or null while it is being looked up. */
export type ServerUrlState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly url: string }
  | { readonly kind: 'failed'; readonly message: string }

/** Asks the platform for the server URL once. */
export function useServerUrl(platform: Platform): ServerUrlState {
  const [state, setState] = useState<ServerUrlState>({ kind: 'loading' })
  useEffect(() => {
    let current = true
    platform.getServerUrl().then(
      (url) => current && setState({ kind: 'ready', url }),
      (error: unknown) => current && setState({ kind: 'failed', message: messageOf(error) })
    )
    return () => {
      current = false
    }
  }, [platform])
  return state
}

/** A one-line message for anything thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
