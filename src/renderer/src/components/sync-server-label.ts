import type { ServerChoice } from '../platform/platform'

/** How the start screen names a sync server: "This computer", or the team server's address. */
export function serverChoiceLabel(choice: ServerChoice): string {
  return choice.kind === 'this-computer' ? 'This computer' : choice.url
}
