// Renders an HTML export to PDF in a hidden window that can do nothing but lay the page out:
// sandboxed, isolated, JavaScript off, no preload, loaded from a private temporary file, and
// every request other than that file refused.
import type { WebPreferences } from 'electron'
import { ISOLATED_WEB_PREFERENCES } from './window-security'

/** Web preferences for the print window: no script, no Node, no preload. */
export function printWindowPreferences(partition: string): WebPreferences {
  return {
    ...ISOLATED_WEB_PREFERENCES,
    javascript: false,
    images: true,
    spellcheck: false,
    partition
  }
}

/** The part of a BrowserWindow the renderer uses. */
export interface PrintWindow {
  loadFile(path: string): Promise<void>
  readonly webContents: {
    printToPDF(options: { printBackground: boolean }): Promise<Uint8Array>
  }
  destroy(): void
}

/** What rendering needs from the outside world. */
export interface PdfRendererDependencies {
  /** A hidden window with `printWindowPreferences`. */
  createWindow: () => PrintWindow
  /** Writes the HTML to a fresh private temporary file and returns its path. */
  writeTempHtml: (html: string) => Promise<string>
  /** Removes what `writeTempHtml` made. */
  removeTemp: (path: string) => Promise<void>
}

/** Renders `html` to PDF bytes, always closing the window and removing the temporary file. */
export async function renderHtmlToPdf(
  deps: PdfRendererDependencies,
  html: string
): Promise<Uint8Array> {
  const path = await deps.writeTempHtml(html)
  try {
    const window = deps.createWindow()
    try {
      await window.loadFile(path)
      return await window.webContents.printToPDF({ printBackground: true })
    } finally {
      window.destroy()
    }
  } finally {
    await deps.removeTemp(path)
  }
}

/**
 * Whether the print window may load `url`: only files under the print temp folder (`folderUrl`,
 * a `file:` URL ending in `/`), so an export cannot fetch fonts, images or anything remote.
 */
export function isAllowedPrintRequest(url: string, folderUrl: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  return parsed.protocol === 'file:' && parsed.href.startsWith(folderUrl)
}
