// Saving exports from the renderer: the request arrives as `unknown` and is checked here
// (shape, size, a file name the user's file system accepts, an extension that fits the format)
// before any dialog opens. File system and dialogs are parameters, so this is tested without Electron.
import { join } from 'node:path'
import type { MessageKey } from '../core/i18n/message'
import type { Translator } from '../core/i18n/translator'
import { english } from '../core/i18n/translator'
import type { ExportOutcome } from '../preload/api'

/** Largest export we write; a 100,000-word briefing's DOCX is a few MiB. */
export const MAX_EXPORT_BYTES = 50 * 1024 * 1024

/** A format main will save: its file extension and the catalogue key of its name in the save dialog. */
export interface ExportFileType {
  readonly extension: string
  readonly label: MessageKey
}

/** The export formats main will save: MIME type (without parameters) → extension and label. */
export const EXPORT_FILE_TYPES: Readonly<Record<string, ExportFileType>> = {
  'text/markdown': { extension: 'md', label: 'menu.exportFile.type.markdown' },
  'text/html': { extension: 'html', label: 'menu.exportFile.type.html' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    extension: 'docx',
    label: 'menu.exportFile.type.docx'
  },
  'application/ld+json': { extension: 'jsonld', label: 'menu.exportFile.type.webAnnotation' },
  'application/pdf': { extension: 'pdf', label: 'menu.exportFile.type.pdf' }
}

const PDF_FILE_TYPE: ExportFileType = { extension: 'pdf', label: 'menu.exportFile.type.pdf' }

const PDF_TYPE = 'application/pdf'
const MAX_NAME_CHARS = 120
// Windows forbids these characters and device names; other systems accept them, but a file that
// cannot be copied to a colleague's machine is not a good export.
// Control characters are exactly what this must match.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARS = /[<>:"/\\|?*\u0000-\u001f\u007f]/g
const RESERVED_NAMES = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i

/** A safe file name (no directories, no reserved characters) that ends in `.extension`. */
export function sanitizeExportFileName(name: string, extension: string): string {
  const base = name.split(/[/\\]/).pop() ?? ''
  const stem = base
    .replace(FORBIDDEN_CHARS, '-')
    .replace(new RegExp(`\\.${extension}$`, 'i'), '')
    .replace(/^[\s.]+|[\s.]+$/g, '')
  const cut = Array.from(stem).slice(0, MAX_NAME_CHARS).join('').trim()
  const safe =
    cut === '' || RESERVED_NAMES.test(cut) ? `claimdesk-export${cut ? `-${cut}` : ''}` : cut
  return `${safe}.${extension}`
}

/** A checked save request: a safe file name, its file type and the bytes to write. */
export interface CheckedExport extends ExportFileType {
  readonly fileName: string
  readonly bytes: Uint8Array
}

/**
 * Checks a `saveExport` argument; throws a readable message when it is not one. Only "too
 * large" can happen to a reviewer (the rest are the page's mistakes), so only it is in `text`'s
 * language.
 */
export function checkExportFileRequest(value: unknown, text: Translator = english): CheckedExport {
  const request = expectRecord(value, 'saveExport')
  const fileName = expectString(request['fileName'], 'fileName')
  const mimeType = expectString(request['mimeType'], 'mimeType')
  const type = EXPORT_FILE_TYPES[mimeType.split(';')[0]?.trim().toLowerCase() ?? '']
  if (!type || mimeType.startsWith(PDF_TYPE)) {
    throw new Error(`saveExport cannot save ${mimeType.slice(0, 80)} files.`)
  }
  const data = request['data']
  let bytes: Uint8Array
  if (typeof data === 'string') {
    // A string takes at most 3 bytes per UTF-16 unit; check before encoding a huge one.
    if (data.length > MAX_EXPORT_BYTES) throw tooLarge(text)
    bytes = new TextEncoder().encode(data)
  } else if (data instanceof Uint8Array) {
    bytes = data
  } else {
    throw new Error('saveExport: data must be text or bytes.')
  }
  if (bytes.byteLength > MAX_EXPORT_BYTES) throw tooLarge(text)
  return { fileName: sanitizeExportFileName(fileName, type.extension), ...type, bytes }
}

/** A checked `printPdf` argument: a safe `.pdf` file name and the HTML to render. */
export interface CheckedPrint {
  readonly fileName: string
  readonly html: string
}

/** Checks a `printPdf` argument; throws a readable message when it is not one. */
export function checkPrintPdfRequest(value: unknown, text: Translator = english): CheckedPrint {
  const request = expectRecord(value, 'printPdf')
  const fileName = expectString(request['fileName'], 'fileName')
  const html = expectString(request['html'], 'html')
  if (html.length > MAX_EXPORT_BYTES) throw tooLarge(text)
  return { fileName: sanitizeExportFileName(fileName, 'pdf'), html }
}

/** The save dialog, as Electron's `dialog.showSaveDialog` answers it. */
export type ShowSaveDialog = (options: {
  title: string
  defaultPath: string
  filters: Array<{ name: string; extensions: string[] }>
}) => Promise<{ canceled: boolean; filePath?: string }>

/** What saving exports needs from the outside world. */
export interface ExportSaveDependencies {
  showSaveDialog: ShowSaveDialog
  writeFile: (path: string, bytes: Uint8Array) => Promise<void>
  /** Where the save dialog starts, e.g. the user's documents folder. */
  defaultDirectory: () => string
  /** Renders HTML to PDF bytes (a hidden, script-less window). */
  renderPdf: (html: string) => Promise<Uint8Array>
}

/** `saveExport`: checks the request, asks where to save (dialog in `text`'s language), writes the file. */
export async function saveExportFile(
  deps: ExportSaveDependencies,
  request: unknown,
  text: Translator = english
): Promise<ExportOutcome> {
  const checked = checkExportFileRequest(request, text)
  return saveBytes(deps, checked.fileName, checked, checked.bytes, text)
}

/** `printPdf`: checks the request, renders the PDF, asks where to save, writes it. */
export async function printPdfFile(
  deps: ExportSaveDependencies,
  request: unknown,
  text: Translator = english
): Promise<ExportOutcome> {
  const checked = checkPrintPdfRequest(request, text)
  // Rendered before the dialog so that a rendering failure is reported before the user picks a place.
  const bytes = await deps.renderPdf(checked.html)
  const type = EXPORT_FILE_TYPES[PDF_TYPE] ?? PDF_FILE_TYPE
  return saveBytes(deps, checked.fileName, type, bytes, text)
}

async function saveBytes(
  deps: ExportSaveDependencies,
  fileName: string,
  type: ExportFileType,
  bytes: Uint8Array,
  { t }: Translator
): Promise<ExportOutcome> {
  const choice = await deps.showSaveDialog({
    title: t('menu.exportFile.dialogTitle'),
    defaultPath: join(deps.defaultDirectory(), fileName),
    filters: [{ name: t(type.label), extensions: [type.extension] }]
  })
  if (choice.canceled || !choice.filePath) return 'cancelled'
  await deps.writeFile(choice.filePath, bytes)
  return 'saved'
}

function expectRecord(value: unknown, operation: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${operation} takes one request object.`)
  }
  return value as Record<string, unknown>
}

function expectString(value: unknown, field: string): string {
  if (typeof value !== 'string') throw new Error(`${field} must be text.`)
  return value
}

function tooLarge({ t }: Translator): Error {
  return new Error(t('menu.exportFile.tooLarge'))
}
