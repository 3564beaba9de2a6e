import type { common as en } from '../en/common'

/** Wörter, die viele Teile der App teilen. */
export const common: typeof en = {
  language: {
    label: 'Sprache',
    en: 'English',
    de: 'Deutsch'
  },
  role: {
    viewer: 'Leser:in',
    commenter: 'Kommentator:in',
    checker: 'Prüfer:in',
    editor: 'Redakteur:in',
    admin: 'Admin'
  },
  nobody: 'noch niemand',
  listSeparator: ', '
}
