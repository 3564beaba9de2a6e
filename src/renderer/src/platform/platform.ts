/** The one contract the UI has with its host: desktop (Electron) or browser. */
import type { OpenedBriefingFile } from '../../../preload/api'

export type { OpenedBriefingFile }

/** What the UI needs from the environment it runs in; one implementation per host. */
export interface Platform {
  readonly kind: 'electron' | 'browser'
  /** The sync server's http(s) origin. */
  getServerUrl(): Promise<string>
  /** Lets the reviewer pick a briefing file; null when they cancel. Rejects with a readable message. */
  pickBriefingFile(): Promise<OpenedBriefingFile | null>
}

/** Largest briefing file accepted; briefings are a few pages, anything bigger is a mistake. */
export const MAX_BRIEFING_BYTES = 2 * 1024 * 1024
