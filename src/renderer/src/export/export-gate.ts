/** The export gate over a live room: what is open now, and the export itself, read from the Y.Doc. */
import type * as Y from 'yjs'
import { buildExportInput } from '../../../collab/export/room-export'
import type { Result } from '../../../core/claims/result'
import type { ReviewRules } from '../../../core/claims/second-check'
import { claimReviewGate } from '../../../core/export/claim-review'
import { briefingLocale, type ExportInput } from '../../../core/export/export-input'
import { openChecks, type OpenCheck } from '../../../core/export/open-checks'
import type { Locale } from '../../../core/i18n/locale'
import type { Message } from '../../../core/i18n/message'
import type { ExportOutcome, Platform } from '../platform/platform'
import { renderExport, type ExportFormat } from './export-formats'

/** The gate as the dialog shows it. */
export type ExportGate =
  | { readonly kind: 'empty'; readonly message: string; readonly reason: Message }
  | {
      readonly kind: 'ready'
      readonly checks: readonly OpenCheck[]
      /** The language of the briefing's text: what the export is written in unless chosen. */
      readonly briefingLocale: Locale
      /** The claims a ClaimReview export leaves out: no final verdict yet. */
      readonly leftOut: readonly OpenCheck[]
    }

/** What an export needs besides the room's document. */
export interface ExportContext {
  readonly room: string
  readonly appVersion: string
  /** The current time as ISO 8601. */
  readonly now: () => string
  /** The server's rules for a room that set none: the second check on a team server. */
  readonly defaultRules?: ReviewRules
  /** The language of the export's fixed words; the briefing's own when not given. */
  readonly locale?: Locale
}

/** The room as export input, or the reason there is nothing to export. */
export function readExportInput(doc: Y.Doc, context: ExportContext): Result<ExportInput> {
  return buildExportInput(doc, {
    room: context.room,
    exportedAt: context.now(),
    appVersion: context.appVersion,
    defaultRules: context.defaultRules,
    ...(context.locale === undefined ? {} : { locale: context.locale })
  })
}

/** The open checks of the room as it is now, or why it cannot be exported. */
export function readExportGate(doc: Y.Doc, context: ExportContext): ExportGate {
  const input = readExportInput(doc, context)
  if (!input.ok) return { kind: 'empty', message: input.message, reason: input.reason }
  return {
    kind: 'ready',
    checks: openChecks(input.value),
    briefingLocale: briefingLocale(input.value),
    leftOut: claimReviewGate(input.value)
  }
}

/** Exports the room as it is at this moment and hands the file to the host. */
export async function exportRoom(
  doc: Y.Doc,
  context: ExportContext,
  format: ExportFormat,
  platform: Pick<Platform, 'saveExport' | 'printPdf'>
): Promise<{ outcome: ExportOutcome; fileName: string }> {
  const input = readExportInput(doc, context)
  if (!input.ok) throw new Error(input.message)
  const rendered = renderExport(input.value, format)
  const outcome =
    rendered.kind === 'print'
      ? await platform.printPdf({ fileName: rendered.fileName, html: rendered.html })
      : await platform.saveExport({
          fileName: rendered.fileName,
          mimeType: rendered.mimeType,
          data: rendered.data
        })
  return { outcome, fileName: rendered.fileName }
}
