import type { TFunction } from 'i18next'
import type { ServerChoice } from '../platform/platform'

/** How the start screen names a sync server: "This computer", or the team server's address. */
export function serverChoiceLabel(choice: ServerChoice, t: TFunction): string {
  return choice.kind === 'this-computer' ? t('app.syncServer.thisComputer') : choice.url
}
