// Types for electron-binary.mjs, which start.mjs runs as plain Node.

/** Where the Electron executable is, or why there is none. */
export type ElectronBinary =
  { found: true; path: string } | { found: false; path: string | null; reason: string }

/** The lookup's inputs; file access is injected. */
export interface ElectronBinaryLookup {
  electronDir: string
  env: Record<string, string | undefined>
  fileExists: (path: string) => boolean
  readText: (path: string) => string | null
}

/** Finds the Electron executable the way the electron package and electron-vite do. */
export function locateElectronBinary(lookup: ElectronBinaryLookup): ElectronBinary

/** Whether to try Electron's own lazy download: not when the user opted out. */
export function shouldTryDownload(env: Record<string, string | undefined>): boolean

/** The one line `npm start` prints when it falls back to the browser app. */
export function browserFallbackMessage(reason: string): string
