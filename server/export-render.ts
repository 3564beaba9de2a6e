/**
 * A room's export from its stored rows: what the export worker runs. Pure of
 * the server (no sockets, no storage), so the worker and tests share it.
 */
import { readPlainText, readSources } from '../src/collab/briefing-doc'
import { readClaims } from '../src/collab/claims/claims-doc'
import * as Y from 'yjs'
import { buildExportInput, type ExportMeta } from '../src/collab/export/room-export'
import type { ExportInput } from '../src/core/export/export-input'
import type { Message } from '../src/core/i18n/message'
import { exportDocx } from '../src/core/export/docx'
import { exportHtml } from '../src/core/export/html'
import { exportMarkdown } from '../src/core/export/markdown'
import { openChecks, type OpenCheck } from '../src/core/export/open-checks'
import { exportWebAnnotations } from '../src/core/export/web-annotations'
import { renderClaimReview, type ClaimReviewJob } from './claim-review-render'

/** The formats of `GET /api/rooms/ROOM/export`, by their `format` value. */
export const EXPORT_FORMATS = {
  md: { extension: 'md', contentType: 'text/markdown; charset=utf-8' },
  html: { extension: 'html', contentType: 'text/html; charset=utf-8' },
  docx: {
    extension: 'docx',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
  },
  json: {
    extension: 'jsonld',
    contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8'
  },
  claimreview: {
    extension: 'claimreview.jsonld',
    contentType: 'application/ld+json; charset=utf-8'
  }
} as const

/** One of the export formats. */
export type ExportFormatName = keyof typeof EXPORT_FORMATS

// ClaimReview reads more than the input (the room's article, the server's newsroom): see below.
const RENDER: Record<
  Exclude<ExportFormatName, 'claimreview'>,
  (input: ExportInput) => string | Uint8Array
> = {
  md: exportMarkdown,
  html: exportHtml,
  docx: exportDocx,
  json: (input) => `${JSON.stringify(exportWebAnnotations(input), null, 2)}\n`
}

/** What one export asks for. */
export interface ExportJob extends ClaimReviewJob {
  readonly rows: readonly Uint8Array[]
  readonly meta: ExportMeta
  readonly format: ExportFormatName
  /** Refuse with the open checks instead of exporting a draft that is not verified. */
  readonly requireVerified: boolean
}

/** What one export came to. */
export type ExportOutcome =
  | { readonly kind: 'file'; readonly body: Uint8Array }
  | { readonly kind: 'notExportable'; readonly reason: Message }
  | { readonly kind: 'openChecks'; readonly openChecks: readonly OpenCheck[] }
  /** ClaimReview only: claims without a final verdict, which its file would leave out. */
  | { readonly kind: 'leftOut'; readonly openChecks: readonly OpenCheck[] }

/** Rebuilds the room from its rows and renders it. */
export function renderExport(job: ExportJob): ExportOutcome {
  const doc = new Y.Doc()
  try {
    Y.transact(doc, () => {
      for (const row of job.rows) Y.applyUpdate(doc, row)
    })
    const input = buildExportInput(doc, job.meta)
    if (!input.ok) return { kind: 'notExportable', reason: input.reason }
    const checks = openChecks(input.value)
    if (job.requireVerified && checks.length > 0) return { kind: 'openChecks', openChecks: checks }
    if (job.format === 'claimreview') return renderClaimReview(doc, input.value, job)
    const rendered = RENDER[job.format](input.value)
    const body = typeof rendered === 'string' ? Buffer.from(rendered, 'utf8') : rendered
    return { kind: 'file', body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) }
  } finally {
    doc.destroy()
  }
}

/**
 * A compaction's snapshot: the room rebuilt from its stored rows and encoded whole, as the
 * room itself would encode it (deleted content collected). Run in the worker, so a big room's
 * encoding never holds up the event loop.
 */
/**
 * A version as the app opens it read-only: its text, claims and sources as JSON (UTF-8).
 * Decoding a big room's state takes most of a second, so this runs in the worker, once.
 */
export function renderVersion(state: Uint8Array): Uint8Array {
  const doc = new Y.Doc()
  try {
    Y.applyUpdateV2(doc, state)
    const content = { text: readPlainText(doc), claims: readClaims(doc), sources: readSources(doc) }
    return new TextEncoder().encode(JSON.stringify(content))
  } finally {
    doc.destroy()
  }
}

export function compactRows(rows: readonly Uint8Array[], encoding: 'v1' | 'v2' = 'v1'): Uint8Array {
  const doc = new Y.Doc()
  try {
    Y.transact(doc, () => {
      for (const row of rows) Y.applyUpdate(doc, row)
    })
    return encoding === 'v1' ? Y.encodeStateAsUpdate(doc) : Y.encodeStateAsUpdateV2(doc)
  } finally {
    doc.destroy()
  }
}
