// The language of the desktop shell's menus and dialogs: the system's until the page says which
// language it shows, then the page's. Electron's answers come in as functions, so this is tested
// without Electron.
import type { Locale } from '../core/i18n/locale'
import { matchLocale } from '../core/i18n/locale'
import type { Translator } from '../core/i18n/translator'
import { translator } from '../core/i18n/translator'

/** What the system says about languages (Electron's `app`). */
export interface SystemLanguages {
  /** `app.getPreferredSystemLanguages()`: BCP 47 tags, best first; may be empty. */
  readonly preferred: () => readonly string[]
  /** `app.getLocale()`, asked only when the system lists no preferred languages. */
  readonly appLocale: () => string
}

/** The language the system prefers among Claimdesk's, English when it prefers neither. */
export function systemLocale(system: SystemLanguages): Locale {
  const preferred = system.preferred()
  return matchLocale(preferred.length > 0 ? preferred : [system.appLocale()])
}

/** The shell's language now, and the way the page changes it. */
export interface ShellLanguage {
  readonly current: () => Locale
  /** The translator for the current language; ask at each use, the language can change. */
  readonly text: () => Translator
  /** Switches to `locale`; true when that is a different language (then the menu is rebuilt). */
  readonly show: (locale: Locale) => boolean
}

/** A language that starts as `initial`, usually `systemLocale`'s answer. */
export function createShellLanguage(initial: Locale): ShellLanguage {
  let locale = initial
  return {
    current: () => locale,
    text: () => translator(locale),
    show: (next) => {
      const changed = next !== locale
      locale = next
      return changed
    }
  }
}
