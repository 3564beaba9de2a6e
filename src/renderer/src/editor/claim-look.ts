/** The classes and tooltip of a claim highlight: colour is never the only sign of a status. */
import { statusLabel } from '../../../core/claims/status'
import { english, type Translator } from '../../../core/i18n/translator'
import type { ClaimLook } from './claim-status-index'

/** The class attribute of a claim span: `claim`, its status modifier, and `claim--open`. */
export function claimClassName(look: ClaimLook): string {
  const status = look.status === null ? 'claim--pending' : `claim--${look.status}`
  return look.open ? `claim ${status} claim--open` : `claim ${status}`
}

/** The tooltip of a claim span, naming its status in words, in `tr`'s language. */
export function claimTitle(look: ClaimLook, tr: Translator = english): string {
  if (look.status === null) {
    return tr.t(look.open ? 'panel.highlight.loadingOpen' : 'panel.highlight.loading')
  }
  const status = statusLabel(look.status, tr)
  return tr.t(look.open ? 'panel.highlight.statusOpen' : 'panel.highlight.status', { status })
}
