/** The English catalogue: every area's messages under one root. */
import { activity } from './activity'
import { app } from './app'
import { claim } from './claim'
import { claimReview } from './claim-review'
import { common } from './common'
import { exportText } from './export-text'
import { importing } from './importing'
import { menu } from './menu'
import { panel } from './panel'
import { server } from './server'

/** Keys are named by meaning (`claim.status.verified`); plurals end in `_one` / `_other`. */
export const en = {
  activity,
  app,
  claim,
  claimReview,
  common,
  exportText,
  importing,
  menu,
  panel,
  server
}
