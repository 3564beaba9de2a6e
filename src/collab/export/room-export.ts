/**
 * A room as export input, and a Web Annotation collection imported into a room. The import is
 * checked completely before one transaction applies it, so a refused import changes nothing.
 */
import * as Y from 'yjs'
import type { SourceEntry } from '../../core/briefing'
import type { Comment, StatusChange } from '../../core/claims/claim'
import {
  validateAssignee,
  validateCommentText,
  validateReviewer,
  validateSourceName,
  validateStatement
} from '../../core/claims/limits'
import { createClaim } from '../../core/claims/operations'
import { ok, refuse, type Result } from '../../core/claims/result'
import type { Locale } from '../../core/i18n/locale'
import { message } from '../../core/i18n/message'
import { sourceIdForUrl } from '../../core/claims/source-library'
import { anchorSteps } from '../../core/export/anchor'
import { checkExportable, reviewersOf, type ExportInput } from '../../core/export/export-input'
import { normalisedText } from '../../core/export/plain-text'
import {
  parseAnnotationCollectionSteps,
  type ImportedAnnotation
} from '../../core/export/web-annotation-import'
import { documentFragment, sourceList } from '../briefing-doc'
import { CLAIM_KEYS } from '../claims/claims-layout'
import { claimFields, claimsMap, createClaimInDoc, nested, readClaims } from '../claims/claims-doc'
import { readClaimComments } from '../claims/claim-comments-doc'
import { readSourceLibrary } from '../claims/source-library-doc'
import { META_FIELD } from '../doc-layout'
import { readReviewRules } from '../room-settings'
import { SINGLE_CHECK, type ReviewRules } from '../../core/claims/second-check'
import { claimMarkKey, claimMarkValue } from './claim-mark-key'
import { readRoomText, readRoomTextSteps, stretchesFor } from './text-runs'
import { runToEnd } from '../../core/steps'

/** What an export needs beyond the room: its name, the clock and the app's version. */
export interface ExportMeta {
  readonly room: string
  readonly exportedAt: string
  readonly appVersion: string
  /** Overrides the room's stored title. */
  readonly title?: string
  /** The server's default review rules, for a room that set none (see room-settings.ts). */
  readonly defaultRules?: ReviewRules
  /** The language of the export's fixed words; the briefing's own when not given. */
  readonly locale?: Locale
}

/** The room as plain export input, or a refusal when it holds no text. */
export function buildExportInput(doc: Y.Doc, meta: ExportMeta): Result<ExportInput> {
  const claims = readClaims(doc)
  const { blocks } = readRoomText(
    documentFragment(doc),
    claims.map((claim) => claim.id)
  )
  const comments = Object.fromEntries(
    claims.map((claim) => [claim.id, readClaimComments(doc, claim.id)])
  )
  const storedTitle = doc.getMap<unknown>(META_FIELD).get('title')
  return checkExportable({
    room: meta.room,
    title:
      meta.title ??
      (typeof storedTitle === 'string' && storedTitle.trim() ? storedTitle : meta.room),
    blocks,
    claims,
    comments,
    library: readSourceLibrary(doc),
    reviewers: reviewersOf(claims, comments),
    exportedAt: meta.exportedAt,
    appVersion: meta.appVersion,
    rules: readReviewRules(doc, meta.defaultRules ?? SINGLE_CHECK),
    ...(meta.locale === undefined ? {} : { locale: meta.locale })
  })
}

/** What an import did; unanchored claims were still created, as detached claims. */
export interface ImportReport {
  readonly created: number
  readonly anchored: readonly {
    readonly claimId: string
    readonly start: number
    readonly end: number
  }[]
  readonly unanchored: readonly {
    readonly claimId: string
    readonly label: string
    readonly reason: string
  }[]
  readonly sourcesAdded: number
  readonly comments: number
}

/** A checked claim, ready to write. */
interface PreparedClaim {
  readonly annotation: ImportedAnnotation
  readonly statement: string
  readonly assignee: string | null
  readonly sourceIds: readonly string[]
  readonly comments: readonly Comment[]
}

/**
 * Imports a W3C Web Annotation collection: claims with statuses and history, their sources
 * (added to the library when new), comments, and claim marks on the text each annotation
 * anchors to. Refuses with the reason, changing nothing, if any part cannot be kept.
 */
export function importWebAnnotations(
  doc: Y.Doc,
  json: unknown,
  origin: unknown = null
): Result<ImportReport> {
  return runToEnd(importWebAnnotationsSteps(doc, json, origin))
}

/** How `importWebAnnotationsSteps` writes. */
export interface ImportStepOptions {
  /**
   * Claims (then marks) written per transaction, with a step between transactions. Smaller
   * transactions suit a scratch document whose changes are sent on as one update; the default
   * writes everything in one transaction (sources in one before it).
   */
  readonly transactionSize?: number
}

/**
 * `importWebAnnotations` in steps: yields between chunks of the anchoring and of the writes, so
 * a server can spread a large import over several turns of its event loop. Nothing is written
 * before the collection was checked whole; the document must not change between steps.
 */
export function* importWebAnnotationsSteps(
  doc: Y.Doc,
  json: unknown,
  origin: unknown = null,
  options: ImportStepOptions = {}
): Generator<void, Result<ImportReport>> {
  const parsed = yield* parseAnnotationCollectionSteps(json)
  if (!parsed.ok) return parsed
  yield
  const existing = claimsMap(doc)
  const libraryIds = readSourceLibrary(doc).map((s) => s.id)
  const newSources = new Map<string, SourceEntry>()
  for (const source of parsed.value.library) {
    const checked = librarySource(source, libraryIds, newSources)
    if (!checked.ok)
      return refuse(message('exportText.refusal.library', { reason: checked.reason }))
  }
  const prepared: PreparedClaim[] = []
  for (const [count, annotation] of parsed.value.annotations.entries()) {
    if (count % 500 === 499) yield
    if (existing.has(annotation.claimId)) {
      return refuse(
        message('exportText.refusal.duplicateClaim', { label: annotation.labelMessage })
      )
    }
    const claim = prepareClaim(annotation, libraryIds, newSources)
    if (!claim.ok) {
      const values = { label: annotation.labelMessage, reason: claim.reason }
      return refuse(message('exportText.refusal.claim', values))
    }
    prepared.push(claim.value)
  }
  const claims = readClaims(doc)
  yield
  const room = yield* readRoomTextSteps(
    documentFragment(doc),
    claims.map((c) => c.id)
  )
  const text = normalisedText({ ...emptyInput, blocks: room.blocks }).text
  yield
  const anchoring = yield* anchorSteps(
    text,
    prepared.map((p) => ({ ...p.annotation, prepared: p }))
  )
  if (newSources.size > 0)
    doc.transact(() => sourceList(doc).push([...newSources.values()]), origin)
  // One transaction unless the caller asked for smaller ones, between which this yields.
  const size = options.transactionSize ?? Number.POSITIVE_INFINITY
  for (let from = 0; from < prepared.length; from += size) {
    doc.transact(() => {
      for (const claim of prepared.slice(from, from + size)) writeClaim(doc, claim)
    }, origin)
    yield
  }
  for (let from = 0; from < anchoring.anchored.length; from += size) {
    doc.transact(() => {
      for (const { annotation, start, end } of anchoring.anchored.slice(from, from + size)) {
        const key = claimMarkKey(annotation.claimId)
        for (const stretch of stretchesFor(room.segments, start, end)) {
          stretch.text.format(stretch.index, stretch.length, {
            [key]: claimMarkValue(annotation.claimId)
          })
        }
      }
    }, origin)
    yield
  }
  return ok({
    created: prepared.length,
    anchored: anchoring.anchored.map(({ annotation, start, end }) => ({
      claimId: annotation.claimId,
      start,
      end
    })),
    unanchored: anchoring.unanchored.map(({ annotation, reason }) => ({
      claimId: annotation.claimId,
      label: annotation.label,
      reason
    })),
    sourcesAdded: newSources.size,
    comments: prepared.reduce((sum, p) => sum + p.comments.length, 0)
  })
}

const emptyInput: ExportInput = {
  room: '',
  title: '',
  blocks: [],
  claims: [],
  comments: {},
  library: [],
  reviewers: [],
  exportedAt: '',
  appVersion: ''
}

function prepareClaim(
  annotation: ImportedAnnotation,
  libraryIds: readonly string[],
  newSources: Map<string, SourceEntry>
): Result<PreparedClaim> {
  const base = createClaim({
    id: annotation.claimId,
    quote: annotation.quote.exact,
    author: annotation.createdBy,
    now: annotation.createdAt
  })
  if (!base.ok) return base
  const statement = validateStatement(annotation.statement)
  if (!statement.ok) return statement
  const assignee = validateAssignee(annotation.assignee)
  if (!assignee.ok) return assignee
  const sourceIds: string[] = []
  for (const source of annotation.sources) {
    const id = sourceIdForUrl(source.url)
    if (id === null) return refuse(message('exportText.refusal.sourceNotWeb', { url: source.url }))
    const name = validateSourceName(
      source.name.trim() || new URL(id).hostname.replace(/^www\./, '')
    )
    if (!name.ok) return name
    if (!libraryIds.includes(id) && !newSources.has(id))
      newSources.set(id, { name: name.value, url: id })
    if (!sourceIds.includes(id)) sourceIds.push(id)
  }
  const comments: Comment[] = []
  for (const comment of annotation.comments) {
    const text = validateCommentText(comment.text)
    if (!text.ok) return text
    const author = validateReviewer('the comment author', comment.author)
    if (!author.ok) return author
    comments.push({ ...comment, text: text.value, author: author.value })
  }
  return ok({
    annotation,
    statement: statement.value,
    assignee: assignee.value,
    sourceIds,
    comments
  })
}

/** Checks a source and notes it for adding when the library lacks it; returns its id. */
function librarySource(
  source: SourceEntry,
  libraryIds: readonly string[],
  newSources: Map<string, SourceEntry>
): Result<string> {
  const id = sourceIdForUrl(source.url)
  if (id === null) return refuse(message('exportText.refusal.sourceNotWeb', { url: source.url }))
  const name = validateSourceName(source.name.trim() || new URL(id).hostname.replace(/^www\./, ''))
  if (!name.ok) return name
  if (!libraryIds.includes(id) && !newSources.has(id))
    newSources.set(id, { name: name.value, url: id })
  return ok(id)
}

function writeClaim(doc: Y.Doc, claim: PreparedClaim): void {
  const { annotation } = claim
  const created = createClaimInDoc(doc, {
    id: annotation.claimId,
    quote: annotation.quote.exact,
    author: annotation.createdBy,
    now: annotation.createdAt
  })
  const fields = claimFields(doc, annotation.claimId)
  // prepareClaim ran the same checks, so this cannot fail unless the doc changed underneath.
  if (!created.ok || !fields) throw new Error(`claim ${annotation.claimId} could not be created`)
  fields.set(CLAIM_KEYS.statement, claim.statement)
  fields.set(CLAIM_KEYS.status, annotation.status)
  fields.set(CLAIM_KEYS.assignee, claim.assignee)
  const history = nested(fields, CLAIM_KEYS.history, Y.Array<StatusChange>)
  if (annotation.history.length > 0) history?.push([...annotation.history])
  const sources = nested(fields, CLAIM_KEYS.sourceIds, Y.Map<true>)
  for (const id of claim.sourceIds) sources?.set(id, true)
  const comments = nested(fields, CLAIM_KEYS.comments, Y.Array<Comment>)
  if (claim.comments.length > 0) comments?.push([...claim.comments])
}
