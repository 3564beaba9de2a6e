// The desktop app's settings (`userData/settings.json`): which sync server the
// window uses. The file is untrusted text; anything unreadable means defaults.
import type { Translator } from '../core/i18n/translator'
import { english } from '../core/i18n/translator'

/** What the desktop app remembers between runs. */
export interface AppSettings {
  /** The team server's origin, e.g. `http://newsroom.local:4567`; null means "This computer". */
  readonly teamServer: string | null
}

/** Settings for a first run or an unreadable file: the embedded server. */
export const DEFAULT_SETTINGS: AppSettings = { teamServer: null }

/** A checked team server address, reduced to its origin, or what is wrong with it. */
export type TeamServerOrigin =
  { readonly ok: true; readonly origin: string } | { readonly ok: false; readonly message: string }

/** Reads settings from the file's text (null when there is no file); anything invalid gives defaults. */
export function parseAppSettings(text: string | null): AppSettings {
  if (text === null) return DEFAULT_SETTINGS
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return DEFAULT_SETTINGS
  }
  if (typeof value !== 'object' || value === null) return DEFAULT_SETTINGS
  const teamServer: unknown = (value as { teamServer?: unknown }).teamServer
  if (teamServer === null || teamServer === undefined) return DEFAULT_SETTINGS
  const checked = teamServerOrigin(teamServer)
  return checked.ok ? { teamServer: checked.origin } : DEFAULT_SETTINGS
}

/** The file text for `settings`. */
export function formatAppSettings(settings: AppSettings): string {
  return `${JSON.stringify({ teamServer: settings.teamServer }, null, 2)}\n`
}

/**
 * Checks what a reviewer typed as a team server address; a bare host gets `http://`. What is
 * wrong is said in `text`'s language.
 */
export function teamServerOrigin(input: unknown, text: Translator = english): TeamServerOrigin {
  const { t } = text
  if (typeof input !== 'string' || input.trim() === '') {
    return { ok: false, message: t('menu.teamServer.addressMissing') }
  }
  const address = input.trim()
  // `host:4567` is a host and port, not the scheme "host:"; `mailto:x` keeps its scheme and is refused.
  const hasScheme = /^[a-z][a-z0-9+.-]*:(?!\d+(?:[/?#]|$))/i.test(address)
  const withScheme = hasScheme ? address : `http://${address}`
  let url: URL
  try {
    url = new URL(withScheme)
  } catch {
    return { ok: false, message: t('menu.teamServer.notAnAddress', { address }) }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, message: t('menu.teamServer.wrongScheme') }
  }
  if (url.username || url.password) {
    return { ok: false, message: t('menu.teamServer.credentials') }
  }
  if (!url.hostname) return { ok: false, message: t('menu.teamServer.noHost', { address }) }
  return { ok: true, origin: url.origin }
}

/** Reading and writing the settings file; injected so the logic is tested without a disk. */
export interface SettingsFile {
  /** The file's text, or null when there is none. */
  read(): string | null
  write(text: string): void
}

/** Settings backed by a file. */
export interface SettingsStore {
  load(): AppSettings
  save(settings: AppSettings): void
}

/** A store over `file`; a file that does not parse reads as defaults and is replaced on save. */
export function createSettingsStore(file: SettingsFile): SettingsStore {
  return {
    load: () => parseAppSettings(file.read()),
    save: (settings) => file.write(formatAppSettings(settings))
  }
}
