// Preload: exposes exactly the DesktopApi as `window.claimdesk`, one named IPC
// channel per operation, so the page never holds ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron'
import type { IpcRendererEvent } from 'electron'
import type {
  ChooseServerOutcome,
  DesktopApi,
  ExportOutcome,
  MenuCommand,
  OpenedBriefingFile,
  ServerChoice
} from './api'
import { ipcChannels, isMenuCommand, menuCommandChannel } from './ipc-channels'

const desktopApi: DesktopApi = {
  getServerUrl: () => ipcRenderer.invoke(ipcChannels.getServerUrl) as Promise<string>,
  openBriefingFile: () =>
    ipcRenderer.invoke(ipcChannels.openBriefingFile) as Promise<OpenedBriefingFile | null>,
  saveExport: (request) =>
    ipcRenderer.invoke(ipcChannels.saveExport, request) as Promise<ExportOutcome>,
  printPdf: (request) =>
    ipcRenderer.invoke(ipcChannels.printPdf, request) as Promise<ExportOutcome>,
  getServerChoice: () => ipcRenderer.invoke(ipcChannels.getServerChoice) as Promise<ServerChoice>,
  chooseServer: (choice) =>
    ipcRenderer.invoke(ipcChannels.chooseServer, choice) as Promise<ChooseServerOutcome>,
  showLanguage: (locale) => ipcRenderer.invoke(ipcChannels.showLanguage, locale) as Promise<void>,
  onMenuCommand: (listener: (command: MenuCommand) => void) => {
    // The page gets the command name only, never the IPC event.
    const handleCommand = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command)
    }
    ipcRenderer.on(menuCommandChannel, handleCommand)
    return () => {
      ipcRenderer.removeListener(menuCommandChannel, handleCommand)
    }
  }
}

contextBridge.exposeInMainWorld('claimdesk', desktopApi)
