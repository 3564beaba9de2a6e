// IPC channel names, one per DesktopApi operation. Node-free so that both the
// sandboxed preload and the main process can import it.
import type { DesktopApi } from './api'

/** The IPC channel that carries each DesktopApi operation. */
export const ipcChannels = {
  getServerUrl: 'claimdesk:get-server-url',
  openBriefingFile: 'claimdesk:open-briefing-file'
} as const satisfies Record<keyof DesktopApi, string>

/** The name of one DesktopApi operation. */
export type DesktopOperation = keyof typeof ipcChannels
