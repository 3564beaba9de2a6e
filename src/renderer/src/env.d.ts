/** Globals the renderer may find: the desktop shell's API, present only inside Electron. */
import type { DesktopApi } from '../../preload/api'

declare global {
  interface Window {
    /** Set by the preload script; absent in the browser app. */
    claimdesk?: DesktopApi
  }
}

export {}
