/** The classes and tooltip of a claim highlight: colour is never the only sign of a status. */
import { statusLabel } from '../../../core/claims/status'
import type { ClaimLook } from './claim-status-index'

/** The class attribute of a claim span: `claim`, its status modifier, and `claim--open`. */
export function claimClassName(look: ClaimLook): string {
  const status = look.status === null ? 'claim--pending' : `claim--${look.status}`
  return look.open ? `claim ${status} claim--open` : `claim ${status}`
}

/** The tooltip of a claim span, naming its status in words. */
export function claimTitle(look: ClaimLook): string {
  const status = look.status === null ? 'Claim (loading)' : `Claim: ${statusLabel(look.status)}`
  return look.open ? `${status} (open)` : status
}
