// Checks that an address is a reachable Claimdesk server before the window
// switches to it, so a typo never leaves the reviewer on an error page.
import type { Translator } from '../core/i18n/translator'
import { english } from '../core/i18n/translator'

/** How long a team server has to answer the health check. */
export const PROBE_TIMEOUT_MS = 5_000

/** The fetch the probe needs (the global one in main). */
export type ProbeFetch = (url: string, init: { signal: AbortSignal }) => Promise<Response>

/** Whether the server answered like Claimdesk, or what the reviewer should know. */
export type ProbeResult = { readonly ok: true } | { readonly ok: false; readonly message: string }

/**
 * `GET <origin>/healthz` must answer 200 with `{"status":"ok"}` within the timeout; what went
 * wrong is said in `text`'s language.
 */
export async function probeTeamServer(
  fetchFn: ProbeFetch,
  origin: string,
  timeoutMs = PROBE_TIMEOUT_MS,
  text: Translator = english
): Promise<ProbeResult> {
  const { t } = text
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  try {
    const response = await fetchFn(`${origin}/healthz`, { signal: controller.signal })
    if (response.status !== 200) return notClaimdesk(origin, text)
    const body: unknown = await response.json().catch(() => null)
    const status = typeof body === 'object' && body !== null && 'status' in body && body.status
    return status === 'ok' ? { ok: true } : notClaimdesk(origin, text)
  } catch {
    const seconds = Math.round(timeoutMs / 1000)
    const message = controller.signal.aborted
      ? t('menu.teamServer.timedOut', { origin, seconds })
      : t('menu.teamServer.unreachable', { origin })
    return { ok: false, message }
  } finally {
    clearTimeout(timer)
  }
}

function notClaimdesk(origin: string, { t }: Translator): ProbeResult {
  return { ok: false, message: t('menu.teamServer.notClaimdesk', { origin }) }
}
