// Which sync server the window uses: the embedded one ("This computer") or a
// team server the reviewer chose. The window loads the app from that server,
// so the page, sync, API, local copies and service worker share one origin.
// Everything that checks the page's origin (navigation guard, CSP, IPC) reads
// it from here rather than capturing it at startup.
import type { Translator } from '../core/i18n/translator'
import { english } from '../core/i18n/translator'
import type { ChooseServerOutcome, ServerChoice } from '../preload/api'
import type { SettingsStore } from './app-settings'
import { teamServerOrigin } from './app-settings'
import type { ProbeResult } from './team-server-probe'
import type { PolicyOrigins } from './window-security'
import { originOf } from './window-security'

/** What the selection needs from the outside world. */
export interface ServerSelectionDependencies {
  /** The embedded server's URL. */
  embeddedServerUrl: string
  /** Where "This computer" loads the page from: the embedded server, or Vite under `electron-vite dev`. */
  embeddedPageUrl: string
  settings: SettingsStore
  probe: (origin: string) => Promise<ProbeResult>
  /** Loads `url` into the window; rejects when the page does not load. */
  loadPage: (url: string) => Promise<void>
  /** Tells the reviewer something went wrong outside any call the page is waiting for. */
  notify: (message: string) => void
  /** The shell's language now: refusals and notices speak it. */
  text: () => Translator
}

/** The current server and the way to change it. */
export interface ServerSelection {
  readonly current: () => ServerChoice
  /** The origin the window's page has now; the only one navigation and IPC accept. */
  readonly pageOrigin: () => string
  /** The origins the session's CSP must allow for the current page. */
  readonly policyOrigins: () => PolicyOrigins
  /** Validates an untrusted request, probes a team server, saves the choice and loads its app. */
  readonly choose: (request: unknown) => Promise<ChooseServerOutcome>
  /** Loads the saved choice; a team server that does not load falls back to this computer. */
  readonly openInitialPage: () => Promise<void>
}

/** A selection that starts from the saved settings. */
export function createServerSelection(deps: ServerSelectionDependencies): ServerSelection {
  const embeddedOrigin = requireOrigin(deps.embeddedServerUrl)
  const embeddedPageOrigin = requireOrigin(deps.embeddedPageUrl)
  let teamOrigin = deps.settings.load().teamServer

  const pageUrl = (): string => teamOrigin ?? deps.embeddedPageUrl
  const pageOrigin = (): string => teamOrigin ?? embeddedPageOrigin

  /** Loads the current choice's page; if it fails, returns to `previous` and says so. */
  const loadOrFallBack = async (previous: string | null, saved: boolean): Promise<void> => {
    const wanted = teamOrigin
    try {
      await deps.loadPage(pageUrl())
    } catch (error) {
      if (wanted === previous) throw error
      teamOrigin = previous
      if (saved) deps.settings.save({ teamServer: previous })
      await deps.loadPage(pageUrl())
      deps.notify(fallBackNotice(wanted, previous, deps.text()))
    }
  }

  return {
    current: () =>
      teamOrigin
        ? { kind: 'team', url: teamOrigin }
        : { kind: 'this-computer', url: deps.embeddedServerUrl },
    pageOrigin,
    policyOrigins: () =>
      teamOrigin
        ? { serverOrigin: teamOrigin }
        : {
            serverOrigin: embeddedOrigin,
            devServerOrigin: embeddedPageOrigin === embeddedOrigin ? undefined : embeddedPageOrigin
          },
    choose: async (request) => {
      const parsed = parseServerChoiceRequest(request, embeddedOrigin, deps.text())
      if (!parsed.ok) return parsed
      if (parsed.origin === teamOrigin) return { ok: true }
      if (parsed.origin !== null) {
        const probed = await deps.probe(parsed.origin)
        if (!probed.ok) return probed
      }
      const previous = teamOrigin
      teamOrigin = parsed.origin
      deps.settings.save({ teamServer: parsed.origin })
      // Not awaited: the reply must reach the page before the load replaces it.
      loadOrFallBack(previous, true).catch((error: unknown) => deps.notify(String(error)))
      return { ok: true }
    },
    // A team server's service worker serves its app even while the server is unreachable,
    // so the page load, not a probe, decides. A fallback lasts for this run only: the saved
    // choice stays, and the next start tries the team server again.
    openInitialPage: () => loadOrFallBack(null, false)
  }
}

type ParsedRequest = { ok: true; origin: string | null } | { ok: false; message: string }

/**
 * Checks a `chooseServer` argument from the renderer; `origin` null means this computer. What
 * the reviewer can fix is said in `text`'s language; a malformed request is the page's mistake
 * and stays English.
 */
export function parseServerChoiceRequest(
  request: unknown,
  embeddedOrigin: string,
  text: Translator = english
): ParsedRequest {
  if (typeof request !== 'object' || request === null) {
    return { ok: false, message: 'chooseServer takes { kind, url }.' }
  }
  const { kind, url } = request as { kind?: unknown; url?: unknown }
  if (kind === 'this-computer') return { ok: true, origin: null }
  if (kind !== 'team') return { ok: false, message: text.t('menu.teamServer.chooseKind') }
  const checked = teamServerOrigin(url, text)
  if (!checked.ok) return checked
  if (checked.origin === embeddedOrigin) {
    return { ok: false, message: text.t('menu.teamServer.ownServer') }
  }
  return { ok: true, origin: checked.origin }
}

/** The notice after a failed load sent the window back; null stands for this computer. */
function fallBackNotice(wanted: string | null, previous: string | null, { t }: Translator): string {
  if (wanted === null) return t('menu.teamServer.computerFellBackToTeam', { previous })
  if (previous === null) return t('menu.teamServer.teamFellBackToComputer', { wanted })
  return t('menu.teamServer.teamFellBackToTeam', { wanted, previous })
}

function requireOrigin(url: string): string {
  const origin = originOf(url)
  if (!origin) throw new Error(`Not a usable URL: ${url}`)
  return origin
}
