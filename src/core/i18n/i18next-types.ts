/**
 * Tells i18next's types which keys exist, so `t('claim.status.verified')` is checked at
 * compile time everywhere (core, server, main and renderer) and a misspelt key fails typecheck.
 */
import type { en } from './catalogue/en'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof en }
  }
}
