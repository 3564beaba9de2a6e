/** The one contract the UI has with its host: desktop (Electron) or browser. */
import type { Locale } from '../../../core/i18n/locale'
import type {
  ChooseServerOutcome,
  ExportFileRequest,
  ExportOutcome,
  MenuCommand,
  OpenedBriefingFile,
  PrintPdfRequest,
  ServerChoice,
  ServerChoiceRequest
} from '../../../preload/api'

export type {
  ChooseServerOutcome,
  ExportFileRequest,
  ExportOutcome,
  MenuCommand,
  OpenedBriefingFile,
  PrintPdfRequest,
  ServerChoice,
  ServerChoiceRequest
}

/** Choosing the sync server: only the desktop app can, since a browser tab is its server's page. */
export interface ServerChoiceControl {
  /** Which server the window uses now. */
  getServerChoice(): Promise<ServerChoice>
  /** Switches servers; on success the window soon loads the chosen server's app. */
  chooseServer(choice: ServerChoiceRequest): Promise<ChooseServerOutcome>
}

/** What the UI needs from the environment it runs in; one implementation per host. */
export interface Platform {
  readonly kind: 'electron' | 'browser'
  /** The sync server's http(s) origin. */
  getServerUrl(): Promise<string>
  /** Lets the reviewer pick a briefing file; null when they cancel. Rejects with a readable message. */
  pickBriefingFile(): Promise<OpenedBriefingFile | null>
  /** Saves an exported file: the desktop's save dialog, or the browser's download. */
  saveExport(request: ExportFileRequest): Promise<ExportOutcome>
  /** Turns an HTML export into a PDF: printToPDF on the desktop, the print dialog in the browser. */
  printPdf(request: PrintPdfRequest): Promise<ExportOutcome>
  /** Choosing the sync server, or null where the host cannot (the browser). */
  readonly serverChoice: ServerChoiceControl | null
  /** Subscribes to the application menu's commands (the browser has none); returns the unsubscribe. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** Tells the host which language the app shows, so its menus and dialogs match (desktop). */
  showLanguage(locale: Locale): void
}

/** Largest briefing file accepted; briefings are a few pages, anything bigger is a mistake. */
export const MAX_BRIEFING_BYTES = 2 * 1024 * 1024
