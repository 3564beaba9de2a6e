// The contract between the desktop shell and the renderer. Kept free of Node and
// Electron imports: the renderer's web tsconfig includes this file.

/** A briefing file the user picked, read as UTF-8 text. */
export interface OpenedBriefingFile {
  fileName: string
  text: string
}

/** The operations the desktop shell offers the renderer as `window.claimdesk`. */
export interface DesktopApi {
  getServerUrl(): Promise<string>
  openBriefingFile(): Promise<OpenedBriefingFile | null>
}
