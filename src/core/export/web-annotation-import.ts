/**
 * Reading a Web Annotation collection back into claims. Strict: anything that is not a W3C
 * AnnotationCollection of text annotations, or that holds a value Claimdesk cannot keep, refuses
 * the whole import with the place and the reason, so nothing is half applied.
 */
import type { SourceEntry } from '../briefing'
import type { Comment, StatusChange } from '../claims/claim'
import { decodeStatusChange } from '../claims/status-change-codec'
import {
  decodeBody,
  decodeSelector,
  hasType,
  isQuoteSelectorRefusal,
  type Body,
  type Selector
} from './web-annotation-shapes'
import { isPlainObject } from './plain-data'
import { ok, refuse, type Result } from '../claims/result'
import { DEFAULT_CLAIM_STATUS, type ClaimStatus } from '../claims/status'
import { message, type Message } from '../i18n/message'
import { english } from '../i18n/translator'
import { ANNO_CONTEXT, CLAIMDESK_TERMS, SOURCE_TITLE, idFromIri } from './web-annotation-ids'
import { runToEnd } from '../steps'

/** Most annotations one import takes. */
export const MAX_IMPORTED_ANNOTATIONS = 5000

/** One annotation as a claim to create: where it was, and everything it carried. */
export interface ImportedAnnotation {
  /** The annotation's position and IRI, in English ("Annotation 3 (urn:…)"), for logs. */
  readonly label: string
  /** The same name as a message, to place in sentences in the reader's language. */
  readonly labelMessage: Message
  readonly claimId: string
  readonly quote: { readonly exact: string; readonly prefix?: string; readonly suffix?: string }
  readonly position?: { readonly start: number; readonly end: number }
  readonly statement: string
  readonly status: ClaimStatus
  readonly assignee: string | null
  readonly createdBy: string
  readonly createdAt: string
  readonly history: readonly StatusChange[]
  readonly sources: readonly SourceEntry[]
  readonly comments: readonly Comment[]
}

type Obj = Record<string, unknown>
type Step<T> = Result<T>

/** A collection's annotations, and its Claimdesk source library when it carries one. */
export interface ImportedCollection {
  readonly annotations: readonly ImportedAnnotation[]
  readonly library: readonly SourceEntry[]
}

/** The annotations of a Web Annotation collection, or why it cannot be imported. */
export function parseWebAnnotations(json: unknown): Result<ImportedAnnotation[]> {
  const collection = parseAnnotationCollection(json)
  return collection.ok ? ok([...collection.value.annotations]) : collection
}

/** Like parseWebAnnotations, also reading the library Claimdesk writes beside the annotations. */
export function parseAnnotationCollection(json: unknown): Result<ImportedCollection> {
  return runToEnd(parseAnnotationCollectionSteps(json))
}

/** Annotations read between two steps of `parseAnnotationCollectionSteps`. */
const STEP_ITEMS = 250

/** `parseAnnotationCollection` in steps: yields after every few hundred annotations. */
export function* parseAnnotationCollectionSteps(
  json: unknown
): Generator<void, Result<ImportedCollection>> {
  const annotations = yield* parseItems(json)
  if (!annotations.ok) return annotations
  const raw = (json as Obj)[CLAIMDESK_TERMS.library]
  if (raw === undefined) return ok({ annotations: annotations.value, library: [] })
  if (!Array.isArray(raw)) return refuse(message('importing.collection.libraryNotList'))
  const library: SourceEntry[] = []
  for (const [index, item] of raw.entries()) {
    if (!isPlainObject(item) || typeof item.source !== 'string') {
      return refuse(message('importing.collection.librarySourceNoLink', { number: index + 1 }))
    }
    const title = item[SOURCE_TITLE]
    library.push({ url: item.source, name: typeof title === 'string' ? title : '' })
  }
  return ok({ annotations: annotations.value, library })
}

function* parseItems(json: unknown): Generator<void, Result<ImportedAnnotation[]>> {
  if (!isPlainObject(json)) return refuse(message('importing.collection.notObject'))
  if (!hasAnnoContext(json['@context'])) {
    return refuse(message('importing.collection.noContext', { context: ANNO_CONTEXT }))
  }
  if (!hasType(json, 'AnnotationCollection')) {
    return refuse(message('importing.collection.notCollection'))
  }
  const first = json.first
  if (typeof first === 'string') return refuse(message('importing.collection.linkedPages'))
  if (!isPlainObject(first) || !hasType(first, 'AnnotationPage') || !Array.isArray(first.items)) {
    return refuse(message('importing.collection.noFirstPage'))
  }
  if (first.next !== undefined) return refuse(message('importing.collection.morePages'))
  if (first.items.length > MAX_IMPORTED_ANNOTATIONS) {
    return refuse(
      message('importing.collection.tooMany', {
        found: first.items.length,
        max: MAX_IMPORTED_ANNOTATIONS
      })
    )
  }
  const parsed: ImportedAnnotation[] = []
  const seen = new Set<string>()
  for (const [index, item] of first.items.entries()) {
    if (index % STEP_ITEMS === STEP_ITEMS - 1) yield
    const annotation = parseAnnotation(item, index)
    if (!annotation.ok) return annotation
    if (seen.has(annotation.value.claimId)) {
      return refuse(
        message('importing.annotation.duplicateId', { label: annotation.value.labelMessage })
      )
    }
    seen.add(annotation.value.claimId)
    parsed.push(annotation.value)
  }
  return ok(parsed)
}

function parseAnnotation(item: unknown, index: number): Step<ImportedAnnotation> {
  const number = index + 1
  if (!isPlainObject(item)) {
    const label = message('importing.annotation.label', { number })
    return refuse(message('importing.annotation.notObject', { label }))
  }
  const labelMessage =
    typeof item.id === 'string'
      ? message('importing.annotation.labelWithId', { number, id: item.id })
      : message('importing.annotation.label', { number })
  const fail = (reason: Message): Step<never> =>
    refuse(message('importing.annotation.problem', { label: labelMessage, reason }))
  if (!hasType(item, 'Annotation')) return fail(message('importing.annotation.notAnnotation'))
  const target = parseTarget(item.target)
  if (!target.ok) return fail(target.reason)
  const bodies = parseBodies(item.body, item)
  if (!bodies.ok) return fail(bodies.reason)
  const history = parseHistory(item[CLAIMDESK_TERMS.history])
  if (!history.ok) return fail(history.reason)
  const createdBy = agentName(item.creator) ?? 'Imported'
  const createdAt = typeof item.created === 'string' ? item.created : ''
  const assignee = item[CLAIMDESK_TERMS.assignee]
  if (assignee !== undefined && typeof assignee !== 'string')
    return fail(message('importing.annotation.assigneeNotName'))
  const claimId =
    (typeof item.id === 'string' ? (idFromIri(item.id, 'claim') ?? item.id) : '') ||
    `imported-${index + 1}`
  return ok({
    label: english.text(labelMessage),
    labelMessage,
    claimId,
    quote: target.value.quote,
    ...(target.value.position ? { position: target.value.position } : {}),
    statement: bodies.value.statement ?? target.value.quote.exact,
    status: bodies.value.status ?? history.value.at(-1)?.to ?? DEFAULT_CLAIM_STATUS,
    assignee: assignee ?? null,
    createdBy,
    createdAt,
    history: history.value,
    sources: bodies.value.sources,
    comments: bodies.value.comments.map((c) => ({
      ...c,
      author: c.author || createdBy,
      createdAt: c.createdAt || createdAt
    }))
  })
}

interface Target {
  readonly quote: ImportedAnnotation['quote']
  readonly position?: { readonly start: number; readonly end: number }
}

function parseTarget(value: unknown): Step<Target> {
  if (Array.isArray(value) && value.length !== 1) {
    return refuse(message('importing.annotation.oneTarget'))
  }
  const target: unknown = Array.isArray(value) ? value[0] : value
  if (!isPlainObject(target)) return refuse(message('importing.annotation.targetNoSelectors'))
  const raw = target.selector
  const selectors: Selector[] = []
  let unusable: Extract<Step<never>, { ok: false }> | undefined
  for (const item of Array.isArray(raw) ? raw : [raw]) {
    const selector = decodeSelector(item)
    if (selector.ok) selectors.push(selector.value)
    else unusable ??= selector
  }
  // Without a quote nothing can be placed, whatever else is wrong; that is said first.
  const quote = selectors.find((s) => s.kind === 'quote')
  const noQuote = message('importing.annotation.noQuoteSelector')
  if (!quote && !(unusable && isQuoteSelectorRefusal(unusable.reason))) return refuse(noQuote)
  if (unusable) return unusable
  if (!quote) return refuse(noQuote)
  const text = {
    exact: quote.exact,
    ...(quote.prefix === undefined ? {} : { prefix: quote.prefix }),
    ...(quote.suffix === undefined ? {} : { suffix: quote.suffix })
  }
  const position = selectors.find((s) => s.kind === 'position')
  if (!position) return ok({ quote: text })
  return ok({ quote: text, position: { start: position.start, end: position.end } })
}

interface Bodies {
  readonly statement?: string
  readonly status?: ClaimStatus
  readonly sources: SourceEntry[]
  readonly comments: Comment[]
}

function parseBodies(value: unknown, annotation: Obj): Step<Bodies> {
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value]
  let statement: string | undefined
  let status: ClaimStatus | undefined
  const sources: SourceEntry[] = []
  const comments: Comment[] = []
  for (const [index, item] of list.entries()) {
    const where = message('importing.body.label', { number: index + 1 })
    const body = decodeBody(item, annotation.motivation, where)
    if (!body.ok) return body
    switch (body.value.kind) {
      case 'link':
        sources.push({ url: body.value.url, name: body.value.title })
        break
      case 'statement':
        statement = body.value.text
        break
      case 'assessment':
        // A conflict's statuses come back from the history, which stays the record.
        if (body.value.status !== 'conflict') status = body.value.status
        break
      case 'comment':
        comments.push(commentFrom(body.value, comments))
        break
      case 'ignored':
        break
    }
  }
  return ok({
    ...(statement === undefined ? {} : { statement }),
    ...(status === undefined ? {} : { status }),
    sources,
    comments
  })
}

function commentFrom(
  body: Extract<Body, { kind: 'comment' }>,
  earlier: readonly Comment[]
): Comment {
  const id = body.iri === null ? '' : (idFromIri(body.iri, 'comment') ?? body.iri)
  const parent =
    body.inReplyTo === null ? null : (idFromIri(body.inReplyTo, 'comment') ?? body.inReplyTo)
  const root = earlier.find((c) => c.parentId === null)
  return {
    id: id || `comment-${earlier.length + 1}`,
    parentId: body.reply ? (parent ?? root?.id ?? null) : null,
    author: agentName(body.creator) ?? '',
    createdAt: body.created ?? '',
    text: body.text
  }
}

function parseHistory(value: unknown): Step<StatusChange[]> {
  if (value === undefined) return ok([])
  if (!Array.isArray(value)) return refuse(message('importing.annotation.historyNotList'))
  const history: StatusChange[] = []
  for (const [index, item] of value.entries()) {
    const change = decodeStatusChange(item)
    if (!change) {
      return refuse(message('importing.annotation.historyEntryInvalid', { number: index + 1 }))
    }
    history.push(change)
  }
  return ok(history)
}

function agentName(value: unknown): string | null {
  const agent: unknown = Array.isArray(value) ? value[0] : value
  if (!isPlainObject(agent)) return null
  const name: unknown = Array.isArray(agent.name) ? agent.name[0] : (agent.name ?? agent.nickname)
  return typeof name === 'string' && name.trim() !== '' ? name : null
}

function hasAnnoContext(context: unknown): boolean {
  return context === ANNO_CONTEXT || (Array.isArray(context) && context.includes(ANNO_CONTEXT))
}
