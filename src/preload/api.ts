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

/** The operations the desktop shell offers the renderer as `window.claimdesk`. */
export interface DesktopApi {
  getServerUrl(): Promise<string>
  openBriefingFile(): Promise<OpenedBriefingFile | null>
  /** Shows the save dialog for an exported file and writes it. */
  saveExport(request: ExportFileRequest): Promise<ExportOutcome>
  /** Renders an HTML export as PDF, shows the save dialog and writes it. */
  printPdf(request: PrintPdfRequest): Promise<ExportOutcome>
  /** Calls `listener` for each application-menu command; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}
