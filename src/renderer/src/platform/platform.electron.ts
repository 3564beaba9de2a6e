/** The desktop host: everything goes through the preload's `window.claimdesk`. */
import type { DesktopApi } from '../../../preload/api'
import type { Platform } from './platform'

/** A Platform backed by the preload API. */
export function createElectronPlatform(api: DesktopApi): Platform {
  return {
    kind: 'electron',
    getServerUrl: () => api.getServerUrl(),
    pickBriefingFile: () => api.openBriefingFile(),
    saveExport: (request) => api.saveExport(request),
    printPdf: (request) => api.printPdf(request),
    serverChoice: {
      getServerChoice: () => api.getServerChoice(),
      chooseServer: (choice) => api.chooseServer(choice)
    },
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    // The menus follow when they can; a failure here leaves them in the last language.
    showLanguage: (locale) => void api.showLanguage(locale).catch(() => undefined)
  }
}
