/** How presence and times read on screen, in the reader's language. */
import type { PeerPresence } from '../../../collab/presence'
import { formatDateTime, intlTag } from '../../../core/i18n/format'
import { DEFAULT_LOCALE, type Locale } from '../../../core/i18n/locale'
import { english, type Translator } from '../../../core/i18n/translator'

/** "Bob is viewing", "Bob and Cem are viewing", "Bob, Cem and Dana are viewing". */
export function viewingSentence(
  viewers: readonly Pick<PeerPresence, 'name'>[],
  tr: Translator = english
): string {
  if (viewers.length === 0) return ''
  // The list's "and" is the language's own (Intl), so the sentence has no English joints.
  const names = new Intl.ListFormat(intlTag(tr.locale), { type: 'conjunction' }).format(
    viewers.map((viewer) => viewer.name)
  )
  return tr.t('panel.viewers.sentence', { names, count: viewers.length })
}

/** A stored ISO time as the reader's language writes it; the raw text when it is not a time. */
export function displayTime(iso: string, locale: Locale = DEFAULT_LOCALE): string {
  return formatDateTime(iso, locale)
}
