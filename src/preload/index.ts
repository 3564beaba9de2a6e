// Preload: exposes exactly the DesktopApi as `window.claimdesk`, one named IPC
// channel per operation, so the page never holds ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron'
import type { DesktopApi, OpenedBriefingFile } from './api'
import { ipcChannels } from './ipc-channels'

const desktopApi: DesktopApi = {
  getServerUrl: () => ipcRenderer.invoke(ipcChannels.getServerUrl) as Promise<string>,
  openBriefingFile: () =>
    ipcRenderer.invoke(ipcChannels.openBriefingFile) as Promise<OpenedBriefingFile | null>
}

contextBridge.exposeInMainWorld('claimdesk', desktopApi)
