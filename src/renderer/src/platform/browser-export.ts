/**
 * Exports in the browser: a file becomes a download (Blob, object URL, `<a download>`), a PDF goes
 * through the browser's print dialog. The print uses a same-origin `about:blank` iframe written
 * with the HTML export, not a `blob:` URL: the server's CSP (`default-src 'self'`, no `frame-src`)
 * blocks `blob:` frames, while an `about:blank` frame is not fetched and inherits the page's policy,
 * so the export's own styles (inline, allowed by `style-src 'unsafe-inline'`) apply and any script
 * stays blocked.
 */
import { matchLocale } from '../../../core/i18n/locale'
import { translator, type Translator } from '../../../core/i18n/translator'
import type { ExportFileRequest, ExportOutcome, PrintPdfRequest } from './platform'

// Long enough for the browser to start the download; object URLs live until revoked.
const REVOKE_AFTER_MS = 30_000
// Some browsers return from print() before the dialog closes; afterprint removes the frame, this is the fallback.
const REMOVE_FRAME_AFTER_MS = 5 * 60_000

/** The reviewer's language, which the app keeps on the page's `<html lang>` (main.tsx). */
function pageText(document: Document): Translator {
  return translator(matchLocale([document.documentElement.lang]))
}

/** Starts a download of the file. The browser does not tell whether it was kept, so this says 'saved'. */
export function downloadExport(document: Document, request: ExportFileRequest): ExportOutcome {
  const view = document.defaultView
  if (!view) throw new Error(pageText(document).t('exportText.browser.noWindow'))
  const part: BlobPart =
    typeof request.data === 'string' ? request.data : new Uint8Array(request.data)
  const url = view.URL.createObjectURL(new Blob([part], { type: request.mimeType }))
  const link = document.createElement('a')
  link.href = url
  link.download = request.fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  view.setTimeout(() => view.URL.revokeObjectURL(url), REVOKE_AFTER_MS)
  return 'saved'
}

/** Opens the browser's print dialog on the HTML export, where the reviewer can save it as PDF. */
export function printExport(document: Document, request: PrintPdfRequest): ExportOutcome {
  const text = pageText(document)
  const frame = document.createElement('iframe')
  frame.title = text.t('exportText.browser.printFrame', { fileName: request.fileName })
  frame.setAttribute('aria-hidden', 'true')
  frame.tabIndex = -1
  // Not display:none, which some browsers refuse to print; just out of sight.
  Object.assign(frame.style, {
    position: 'fixed',
    right: '0',
    bottom: '0',
    width: '0',
    height: '0',
    border: '0'
  })
  document.body.append(frame)
  const printWindow = frame.contentWindow
  if (!printWindow) {
    frame.remove()
    throw new Error(text.t('exportText.browser.noFrame'))
  }
  const printDocument = printWindow.document
  printDocument.open()
  printDocument.write(request.html)
  printDocument.close()
  const remove = (): void => frame.remove()
  printWindow.addEventListener('afterprint', remove, { once: true })
  document.defaultView?.setTimeout(remove, REMOVE_FRAME_AFTER_MS)
  printWindow.focus()
  printWindow.print()
  return 'saved'
}
