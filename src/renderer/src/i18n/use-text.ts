/** The words of the current language for a component: `t` for keys, `text` for messages. */
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { isLocale, DEFAULT_LOCALE, type Locale } from '../../../core/i18n/locale'
import type { Message } from '../../../core/i18n/message'
import { render } from '../../../core/i18n/translator'

/** What `useText` gives a component. */
export interface AppText {
  readonly t: TFunction
  /** A message (a refusal's `reason`, an activity fact) in the current language. */
  readonly text: (message: Message) => string
  readonly locale: Locale
}

/** Re-renders the component when the reviewer switches language. */
export function useText(): AppText {
  const { t, i18n } = useTranslation()
  const locale = isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE
  return { t, text: (message) => render(t, message), locale }
}
