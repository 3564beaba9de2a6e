/** The German catalogue: every area's messages under one root. */
import type { en } from '../en'
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

/** Same keys as the English catalogue, which the type enforces. */
type Catalogue = typeof en

/** Keys are named by meaning (`claim.status.verified`); plurals end in `_one` / `_other`. */
export const de: Catalogue = {
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
