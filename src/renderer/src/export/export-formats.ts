/** The export formats the dialog offers: labels, file names and how each is rendered. */
import type { TFunction } from 'i18next'
import type { ExportInput } from '../../../core/export/export-input'
import { exportDocx } from '../../../core/export/docx'
import { exportHtml } from '../../../core/export/html'
import { exportMarkdown } from '../../../core/export/markdown'
import { exportWebAnnotations } from '../../../core/export/web-annotations'

/** One export format. */
export type ExportFormat = 'markdown' | 'html' | 'docx' | 'pdf' | 'jsonld'

/** What the file is called and what it is, per format; its name is `formatLabel`. */
export interface ExportFormatInfo {
  readonly format: ExportFormat
  readonly extension: string
  readonly mimeType: string
}

/** The formats in the order the dialog lists them. */
export const EXPORT_FORMATS: readonly ExportFormatInfo[] = [
  { format: 'markdown', extension: 'md', mimeType: 'text/markdown' },
  { format: 'html', extension: 'html', mimeType: 'text/html' },
  {
    format: 'docx',
    extension: 'docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
  },
  { format: 'pdf', extension: 'pdf', mimeType: 'application/pdf' },
  { format: 'jsonld', extension: 'jsonld', mimeType: 'application/ld+json' }
]

/** The format's name as the dialog shows it ("Word (DOCX)"), through the app's `t`. */
export function formatLabel(format: ExportFormat, t: TFunction): string {
  return t(`exportText.format.${format}`)
}

/** The format's description; every ExportFormat is listed. */
export function formatInfo(format: ExportFormat): ExportFormatInfo {
  const info = EXPORT_FORMATS.find((entry) => entry.format === format)
  if (!info) throw new Error(`Unknown export format: ${String(format)}`)
  return info
}

/**
 * `ROOM-YYYY-MM-DD.EXT`: room names are letters, digits, '.', '_' and '-', so the name is safe on
 * every file system; the date tells drafts apart.
 */
export function exportFileName(room: string, format: ExportFormat, exportedAt: string): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(exportedAt)?.[0]
  const stem = room.replace(/[^A-Za-z0-9._-]/g, '-') || 'claimdesk'
  return `${stem}${day ? `-${day}` : ''}.${formatInfo(format).extension}`
}

/** A rendered export: a file to save, or HTML to print as PDF. */
export type RenderedExport =
  | {
      readonly kind: 'file'
      readonly fileName: string
      readonly mimeType: string
      readonly data: string | Uint8Array
    }
  | { readonly kind: 'print'; readonly fileName: string; readonly html: string }

/** Renders `input` in `format`; the exporters add the NOT VERIFIED banner when checks are open. */
export function renderExport(input: ExportInput, format: ExportFormat): RenderedExport {
  const { mimeType } = formatInfo(format)
  const fileName = exportFileName(input.room, format, input.exportedAt)
  switch (format) {
    case 'markdown':
      return { kind: 'file', fileName, mimeType, data: exportMarkdown(input) }
    case 'html':
      return { kind: 'file', fileName, mimeType, data: exportHtml(input) }
    case 'docx':
      return { kind: 'file', fileName, mimeType, data: exportDocx(input) }
    case 'jsonld':
      return {
        kind: 'file',
        fileName,
        mimeType,
        data: `${JSON.stringify(exportWebAnnotations(input), null, 2)}\n`
      }
    case 'pdf':
      return { kind: 'print', fileName, html: exportHtml(input) }
  }
}
