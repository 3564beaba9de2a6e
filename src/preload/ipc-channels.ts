// IPC channel names, one per DesktopApi operation. Node-free so that both the
// sandboxed preload and the main process can import it.
import type { DesktopApi, MenuCommand } from './api'

/** The DesktopApi operations that are request/response calls (everything but menu events). */
export type DesktopOperation = Exclude<keyof DesktopApi, 'onMenuCommand'>

/** The IPC channel that carries each DesktopApi operation. */
export const ipcChannels = {
  getServerUrl: 'claimdesk:get-server-url',
  openBriefingFile: 'claimdesk:open-briefing-file',
  saveExport: 'claimdesk:save-export',
  printPdf: 'claimdesk:print-pdf',
  getServerChoice: 'claimdesk:get-server-choice',
  chooseServer: 'claimdesk:choose-server',
  showLanguage: 'claimdesk:show-language'
} as const satisfies Record<DesktopOperation, string>

/** The channel on which the main process sends application-menu commands to the page. */
export const menuCommandChannel = 'claimdesk:menu-command'

/** Every menu command the page understands. */
export const MENU_COMMANDS: readonly MenuCommand[] = ['open-briefing', 'export']

/** Whether `value` is a known menu command (anything else from the channel is dropped). */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value)
}
