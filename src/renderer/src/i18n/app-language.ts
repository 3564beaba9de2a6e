/** Which language the app opens in, and the i18next instance React reads its words from. */
import { createInstance, type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { isLocale, matchLocale, type Locale } from '../../../core/i18n/locale'
import { i18nextOptions } from '../../../core/i18n/translator'

/** What the language is chosen from, strongest first. */
export interface LanguageChoice {
  /** `?lang=` in the browser app's address: forces the language. */
  readonly forced: string | null
  /** What the reviewer chose on this device before. */
  readonly remembered: Locale | null
  /** The system's or browser's languages, best first (`navigator.languages`). */
  readonly preferred: readonly string[]
}

/** The language to show: forced, else remembered, else the first preferred one we speak. */
export function chooseLocale(choice: LanguageChoice): Locale {
  if (isLocale(choice.forced)) return choice.forced
  if (choice.remembered) return choice.remembered
  return matchLocale(choice.preferred)
}

/** A fresh i18next instance bound to React, already initialised (the catalogues are bundled). */
export function createAppI18n(locale: Locale): i18n {
  const instance = createInstance()
  void instance.use(initReactI18next).init(i18nextOptions(locale))
  return instance
}
