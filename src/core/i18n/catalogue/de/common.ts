import type { common as en } from '../en/common'

/** Wörter, die viele Teile der App teilen. */
export const common: typeof en = {
  language: {
    label: 'Sprache',
    en: 'English',
    de: 'Deutsch'
  },
  nobody: 'noch niemand',
  listSeparator: ', '
}
