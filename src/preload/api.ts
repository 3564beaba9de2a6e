// The contract between the desktop shell and the renderer. Kept free of Node and
// Electron imports: the renderer's web tsconfig includes this file.

/** A briefing file the user picked, read as UTF-8 text. */
export interface OpenedBriefingFile {
  fileName: string
  text: string
}

/** An exported file for the user to save: text formats as a string, DOCX as bytes. */
export interface ExportFileRequest {
  /** Suggested file name, with the format's extension. */
  fileName: string
  mimeType: string
  data: string | Uint8Array
}

/** An HTML export to render as PDF and save. */
export interface PrintPdfRequest {
  /** Suggested file name, ending in `.pdf`. */
  fileName: string
  html: string
}

/** Whether the user saved the file or cancelled the save dialog. */
export type ExportOutcome = 'saved' | 'cancelled'

/** Commands the application menu sends to the page. */
export type MenuCommand = 'open-briefing' | 'export'

/** The sync server the window uses: the embedded one, or a team server the reviewer chose. */
export interface ServerChoice {
  kind: 'this-computer' | 'team'
  /** That server's URL (for a team server, its origin). */
  url: string
}

/** A request to switch servers; a team server's address is checked and probed first. */
export type ServerChoiceRequest = { kind: 'this-computer' } | { kind: 'team'; url: string }

/** Whether the switch is under way (the window then loads that server's app), or why not. */
export type ChooseServerOutcome = { ok: true } | { ok: false; message: string }

/** The operations the desktop shell offers the renderer as `window.claimdesk`. */
export interface DesktopApi {
  getServerUrl(): Promise<string>
  openBriefingFile(): Promise<OpenedBriefingFile | null>
  /** Shows the save dialog for an exported file and writes it. */
  saveExport(request: ExportFileRequest): Promise<ExportOutcome>
  /** Renders an HTML export as PDF, shows the save dialog and writes it. */
  printPdf(request: PrintPdfRequest): Promise<ExportOutcome>
  /** Calls `listener` for each application-menu command; returns the unsubscribe function. */
  /** Which server the window uses now. */
  getServerChoice(): Promise<ServerChoice>
  /** Saves the choice and loads the chosen server's app into the window. */
  chooseServer(choice: ServerChoiceRequest): Promise<ChooseServerOutcome>
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** The language the page shows ("en" or "de"): the menus and dialogs follow it. */
  showLanguage(locale: 'en' | 'de'): Promise<void>
}
