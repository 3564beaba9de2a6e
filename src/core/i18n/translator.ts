/**
 * One translator per language, built on i18next: the app, the server's pages and every export
 * read their words through it. Translators are immutable once made, so they are made once.
 */
import { createInstance, type TFunction } from 'i18next'
import { de } from './catalogue/de'
import { en } from './catalogue/en'
import type { Locale } from './locale'
import type { Message, MessageValues } from './message'
import './i18next-types'

/** Text in one language. */
export interface Translator {
  readonly locale: Locale
  /** i18next's own `t`, with the catalogue's keys checked at compile time. */
  readonly t: TFunction
  /** A message rendered, its message values first. */
  readonly text: (message: Message) => string
}

/** The catalogues as i18next resources; also what the renderer's React binding is given. */
export const RESOURCES = { en: { translation: en }, de: { translation: de } } as const

/** The options every i18next instance of Claimdesk is made with. */
export function i18nextOptions(locale: Locale) {
  return {
    lng: locale,
    // No fallback: a key missing in one language must show, and the catalogue test catches it.
    fallbackLng: false as const,
    supportedLngs: ['en', 'de'],
    resources: RESOURCES,
    initAsync: false,
    // React escapes what it renders and every export escapes for its own format.
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false
  }
}

const made = new Map<Locale, Translator>()

/** The translator for `locale`. */
export function translator(locale: Locale): Translator {
  const known = made.get(locale)
  if (known) return known
  const instance = createInstance()
  void instance.init(i18nextOptions(locale))
  const t = instance.t.bind(instance) as TFunction
  const made1: Translator = { locale, t, text: (m) => render(t, m) }
  made.set(locale, made1)
  return made1
}

/** Renders a message with `t`, so the renderer's React-bound `t` can render messages too. */
export function render(t: TFunction, message: Message): string {
  const values: Record<string, string | number> = {}
  for (const [name, value] of Object.entries<MessageValues[string]>(message.values ?? {})) {
    values[name] = typeof value === 'object' ? render(t, value) : value
  }
  return String(t(message.key, values))
}

/** English, the language of logs, of API `error` fields and of every default. */
export const english: Translator = translator('en')
