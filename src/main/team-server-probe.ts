// Checks that an address is a reachable Claimdesk server before the window
// switches to it, so a typo never leaves the reviewer on an error page.

/** How long a team server has to answer the health check. */
export const PROBE_TIMEOUT_MS = 5_000

/** The fetch the probe needs (the global one in main). */
export type ProbeFetch = (url: string, init: { signal: AbortSignal }) => Promise<Response>

/** Whether the server answered like Claimdesk, or what the reviewer should know. */
export type ProbeResult = { readonly ok: true } | { readonly ok: false; readonly message: string }

/** `GET <origin>/healthz` must answer 200 with `{"status":"ok"}` within the timeout. */
export async function probeTeamServer(
  fetchFn: ProbeFetch,
  origin: string,
  timeoutMs = PROBE_TIMEOUT_MS
): Promise<ProbeResult> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  try {
    const response = await fetchFn(`${origin}/healthz`, { signal: controller.signal })
    if (response.status !== 200) return notClaimdesk(origin)
    const body: unknown = await response.json().catch(() => null)
    const status = typeof body === 'object' && body !== null && 'status' in body && body.status
    return status === 'ok' ? { ok: true } : notClaimdesk(origin)
  } catch {
    const waited = Math.round(timeoutMs / 1000)
    const why = controller.signal.aborted ? `did not answer within ${waited} s` : 'is not reachable'
    return {
      ok: false,
      message: `${origin} ${why}. Check the address and that the server is running and on your network.`
    }
  } finally {
    clearTimeout(timer)
  }
}

function notClaimdesk(origin: string): ProbeResult {
  return { ok: false, message: `${origin} answered, but it is not a Claimdesk server.` }
}
