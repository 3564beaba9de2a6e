/**
 * Which browsers' requests the server accepts. A WebSocket upgrade is not
 * subject to the same-origin policy, and a form-style POST needs no CORS
 * preflight, so without this any web page a reviewer visits could read and
 * change the rooms of a server on their machine. Two checks:
 * - Origin: a request that carries one must come from this server's own
 *   origin (the app it serves) or an explicitly allowed one. Requests without
 *   one come from non-browser clients (Node, curl) and pass.
 * - Host: while the server listens only on loopback, the Host header must
 *   name a loopback host, which defeats DNS rebinding (evil.example resolving
 *   to 127.0.0.1 would otherwise look same-origin).
 */
import type { IncomingMessage } from 'node:http'

/** The outcome of checking one request. */
export type OriginDecision =
  { readonly ok: true } | { readonly ok: false; readonly status: number; readonly reason: string }

/** What the policy needs to know about the server. */
export interface OriginPolicyOptions {
  /** Origins besides the server's own whose pages may use it, e.g. a dev server. */
  readonly allowedOrigins?: readonly string[]
  /** True while the server listens on a loopback address only. */
  readonly loopbackOnly: () => boolean
  /**
   * The host (name:port as in a Host header) of the server's public address:
   * when set, the server answers only to it and to loopback names, whatever
   * address it listens on, so a rebinding host name gets nothing.
   */
  readonly publicHost?: string
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1'])

/** The host name in a Host header value (`name:port`, `[v6]:port`), lower-cased. */
export function hostName(hostHeader: string): string {
  const value = hostHeader.trim().toLowerCase()
  if (value.startsWith('[')) return value.slice(0, value.indexOf(']') + 1)
  const colon = value.lastIndexOf(':')
  return colon >= 0 ? value.slice(0, colon) : value
}

/** Builds the check the HTTP routes and the WebSocket upgrade both apply. */
export function createOriginPolicy(
  options: OriginPolicyOptions
): (request: IncomingMessage) => OriginDecision {
  const allowed = new Set((options.allowedOrigins ?? []).map((origin) => origin.toLowerCase()))
  const publicHost = options.publicHost?.toLowerCase()
  return (request) => {
    const host = request.headers.host ?? ''
    const loopbackName = LOOPBACK_HOSTS.has(hostName(host))
    if (publicHost !== undefined) {
      // Behind a reverse proxy on this machine the public name arrives on a loopback listener.
      if (!loopbackName && host.trim().toLowerCase() !== publicHost) {
        return { ok: false, status: 421, reason: `this server only answers to ${publicHost}` }
      }
    } else if (options.loopbackOnly() && !loopbackName) {
      return { ok: false, status: 421, reason: 'this server only answers to a loopback host name' }
    }
    const origin = request.headers.origin?.toLowerCase()
    if (origin === undefined) return { ok: true }
    const own = [`http://${host.toLowerCase()}`, `https://${host.toLowerCase()}`]
    if (own.includes(origin) || allowed.has(origin)) return { ok: true }
    return { ok: false, status: 403, reason: 'cross-site request refused' }
  }
}
