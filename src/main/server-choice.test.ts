import { describe, expect, it } from 'vitest'
import type { Translator } from '../core/i18n/translator'
import { english, translator } from '../core/i18n/translator'
import type { AppSettings } from './app-settings'
import { createServerSelection, parseServerChoiceRequest } from './server-choice'
import type { ProbeResult } from './team-server-probe'
import { contentSecurityPolicy } from './window-security'

const EMBEDDED = 'http://127.0.0.1:4567'
const TEAM = 'http://newsroom.local:4567'

interface Options {
  saved?: AppSettings
  probe?: ProbeResult
  /** URLs whose load fails. */
  failing?: string[]
  pageUrl?: string
  text?: Translator
}

/** A selection over in-memory settings, a canned probe and a recorded window. */
function selectionWith({
  saved,
  probe = { ok: true },
  failing = [],
  pageUrl,
  text = english
}: Options = {}) {
  let settings: AppSettings = saved ?? { teamServer: null }
  const loaded: string[] = []
  const probed: string[] = []
  const notices: string[] = []
  const selection = createServerSelection({
    embeddedServerUrl: `${EMBEDDED}/`,
    embeddedPageUrl: pageUrl ?? `${EMBEDDED}/`,
    settings: { load: () => settings, save: (next) => (settings = next) },
    probe: (origin) => {
      probed.push(origin)
      return Promise.resolve(probe)
    },
    loadPage: (url) => {
      loaded.push(url)
      return failing.includes(url)
        ? Promise.reject(new Error('ERR_CONNECTION_REFUSED'))
        : Promise.resolve()
    },
    notify: (message) => notices.push(message),
    text: () => text
  })
  return { selection, loaded, probed, notices, settings: () => settings }
}

/** Lets the load that `choose` started without awaiting finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('createServerSelection', () => {
  it('starts on this computer without a saved team server', async () => {
    const { selection, loaded } = selectionWith()
    expect(selection.current()).toEqual({ kind: 'this-computer', url: `${EMBEDDED}/` })
    expect(selection.pageOrigin()).toBe(EMBEDDED)
    await selection.openInitialPage()
    expect(loaded).toEqual([`${EMBEDDED}/`])
  })

  it('starts on the saved team server, with guard, IPC and CSP on its origin', async () => {
    const { selection, loaded } = selectionWith({ saved: { teamServer: TEAM } })
    expect(selection.current()).toEqual({ kind: 'team', url: TEAM })
    expect(selection.pageOrigin()).toBe(TEAM)
    expect(contentSecurityPolicy(selection.policyOrigins())).toContain(
      `connect-src 'self' ${TEAM} ws://newsroom.local:4567;`
    )
    await selection.openInitialPage()
    expect(loaded).toEqual([TEAM])
  })

  it('falls back to this computer for the run when the team server does not load', async () => {
    const { selection, loaded, notices, settings } = selectionWith({
      saved: { teamServer: TEAM },
      failing: [TEAM]
    })
    await selection.openInitialPage()
    expect(loaded).toEqual([TEAM, `${EMBEDDED}/`])
    expect(selection.current().kind).toBe('this-computer')
    expect(selection.pageOrigin()).toBe(EMBEDDED)
    expect(notices).toEqual([
      `The app at ${TEAM} did not load, so Claimdesk went back to this computer.`
    ])
    expect(settings()).toEqual({ teamServer: TEAM })
  })

  it('fails to start when this computer’s page does not load', async () => {
    const { selection } = selectionWith({ failing: [`${EMBEDDED}/`] })
    await expect(selection.openInitialPage()).rejects.toThrow('ERR_CONNECTION_REFUSED')
  })

  it('probes, saves and loads a team server, moving the allowed origin first', async () => {
    const { selection, loaded, probed, settings } = selectionWith()
    const origins: string[] = []
    const outcome = await selection.choose({ kind: 'team', url: 'newsroom.local:4567/some/page' })
    origins.push(selection.pageOrigin())
    expect(outcome).toEqual({ ok: true })
    expect(probed).toEqual([TEAM])
    expect(settings()).toEqual({ teamServer: TEAM })
    await settle()
    expect(loaded).toEqual([TEAM])
    expect(origins).toEqual([TEAM])
    expect(selection.current()).toEqual({ kind: 'team', url: TEAM })
    expect(selection.policyOrigins()).toEqual({ serverOrigin: TEAM })
  })

  it('does not switch when the probe fails', async () => {
    const probe = { ok: false, message: `${TEAM} is not reachable.` } as const
    const { selection, loaded, settings } = selectionWith({ probe })
    await expect(selection.choose({ kind: 'team', url: TEAM })).resolves.toEqual(probe)
    expect(loaded).toEqual([])
    expect(selection.pageOrigin()).toBe(EMBEDDED)
    expect(settings()).toEqual({ teamServer: null })
  })

  it('refuses invalid requests without probing', async () => {
    const { selection, probed } = selectionWith()
    for (const request of [null, 'team', { kind: 'other' }, { kind: 'team', url: 'ftp://x/' }]) {
      const outcome = await selection.choose(request)
      expect(outcome.ok).toBe(false)
    }
    expect(probed).toEqual([])
  })

  it('goes back to this computer without a probe', async () => {
    const { selection, loaded, probed, settings } = selectionWith({ saved: { teamServer: TEAM } })
    await expect(selection.choose({ kind: 'this-computer' })).resolves.toEqual({ ok: true })
    await settle()
    expect(probed).toEqual([])
    expect(loaded).toEqual([`${EMBEDDED}/`])
    expect(settings()).toEqual({ teamServer: null })
    expect(selection.pageOrigin()).toBe(EMBEDDED)
  })

  it('returns to the previous server and its setting when the chosen app does not load', async () => {
    const { selection, loaded, notices, settings } = selectionWith({ failing: [TEAM] })
    await expect(selection.choose({ kind: 'team', url: TEAM })).resolves.toEqual({ ok: true })
    await settle()
    expect(loaded).toEqual([TEAM, `${EMBEDDED}/`])
    expect(selection.pageOrigin()).toBe(EMBEDDED)
    expect(settings()).toEqual({ teamServer: null })
    expect(notices).toHaveLength(1)
  })

  it('says in English and German where it went back to', async () => {
    const german = translator('de')
    const toTeam = selectionWith({ saved: { teamServer: TEAM }, failing: [`${EMBEDDED}/`] })
    await toTeam.selection.choose({ kind: 'this-computer' })
    const toComputer = selectionWith({ failing: [TEAM], text: german })
    await toComputer.selection.choose({ kind: 'team', url: TEAM })
    await settle()
    expect(toTeam.notices).toEqual([
      `The app at this computer did not load, so Claimdesk went back to ${TEAM}.`
    ])
    expect(toComputer.notices).toEqual([
      `Die App unter ${TEAM} ließ sich nicht laden, deshalb ist Claimdesk zu diesem Computer zurückgekehrt.`
    ])
  })

  it('refuses in German when the page shows German', async () => {
    const { selection } = selectionWith({ text: translator('de') })
    await expect(
      selection.choose({ kind: 'team', url: 'mailto:desk@example.com' })
    ).resolves.toEqual({
      ok: false,
      message: 'Eine Teamserver-Adresse beginnt mit http:// oder https://.'
    })
    await expect(selection.choose({ kind: 'team', url: EMBEDDED })).resolves.toEqual({
      ok: false,
      message: 'Das ist der eigene Server dieses Computers: Wählen Sie „Diesen Computer verwenden“.'
    })
  })

  it('does nothing when the chosen server is the current one', async () => {
    const { selection, loaded, probed } = selectionWith({ saved: { teamServer: TEAM } })
    await expect(selection.choose({ kind: 'team', url: `${TEAM}/` })).resolves.toEqual({ ok: true })
    await settle()
    expect(probed).toEqual([])
    expect(loaded).toEqual([])
  })

  it('keeps the Vite dev server as this computer’s page origin under electron-vite dev', () => {
    const { selection } = selectionWith({ pageUrl: 'http://localhost:5173/' })
    expect(selection.pageOrigin()).toBe('http://localhost:5173')
    expect(selection.policyOrigins()).toEqual({
      serverOrigin: EMBEDDED,
      devServerOrigin: 'http://localhost:5173'
    })
  })
})

describe('parseServerChoiceRequest', () => {
  it('refuses this computer’s own server as a team server', () => {
    expect(parseServerChoiceRequest({ kind: 'team', url: `${EMBEDDED}/x` }, EMBEDDED)).toEqual({
      ok: false,
      message: 'That is this computer’s own server: choose “Use this computer”.'
    })
  })

  it('passes on the validation message for a bad address', () => {
    expect(parseServerChoiceRequest({ kind: 'team', url: '' }, EMBEDDED)).toEqual({
      ok: false,
      message: 'Enter the team server’s address, e.g. http://newsroom.local:4567.'
    })
  })
})
