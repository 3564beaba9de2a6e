/**
 * Reading a Web Annotation collection back into claims. Strict: anything that is not a W3C
 * AnnotationCollection of text annotations, or that holds a value Claimdesk cannot keep, refuses
 * the whole import with the place and the reason, so nothing is half applied.
 */
import type { SourceEntry } from '../briefing'
import type { Comment, StatusChange } from '../claims/claim'
import { decodeStatusChange } from '../claims/status-change-codec'
import { isPlainObject } from './plain-data'
import { ok, refuse, type Result } from '../claims/result'
import {
  CLAIM_STATUSES,
  CLAIM_STATUS_LABELS,
  DEFAULT_CLAIM_STATUS,
  type ClaimStatus
} from '../claims/status'
import {
  ANNO_CONTEXT,
  CLAIMDESK_TERMS,
  IN_REPLY_TO,
  SOURCE_TITLE,
  idFromIri
} from './web-annotation-ids'

/** Most annotations one import takes. */
export const MAX_IMPORTED_ANNOTATIONS = 5000

/** One annotation as a claim to create: where it was, and everything it carried. */
export interface ImportedAnnotation {
  /** The annotation's IRI, or its position when it had none ("annotation 3"). */
  readonly label: string
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
  const steps = parseAnnotationCollectionSteps(json)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
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
  if (!Array.isArray(raw)) return refuse("The collection's source library is not a list.")
  const library: SourceEntry[] = []
  for (const [index, item] of raw.entries()) {
    if (!isPlainObject(item) || typeof item.source !== 'string') {
      return refuse(`Source ${index + 1} of the collection's library has no link.`)
    }
    const title = item[SOURCE_TITLE]
    library.push({ url: item.source, name: typeof title === 'string' ? title : '' })
  }
  return ok({ annotations: annotations.value, library })
}

function* parseItems(json: unknown): Generator<void, Result<ImportedAnnotation[]>> {
  if (!isPlainObject(json))
    return refuse('The file is not a JSON object, so it is not a Web Annotation collection.')
  if (!hasAnnoContext(json['@context'])) {
    return refuse(`The file does not use the W3C Web Annotation context (${ANNO_CONTEXT}).`)
  }
  if (!hasType(json, 'AnnotationCollection')) {
    return refuse(
      'The file is not an AnnotationCollection; Claimdesk imports the collections it exports.'
    )
  }
  const first = json.first
  if (typeof first === 'string')
    return refuse(
      'The collection links to its pages instead of including them; only inline pages can be imported.'
    )
  if (!isPlainObject(first) || !hasType(first, 'AnnotationPage') || !Array.isArray(first.items)) {
    return refuse('The collection has no first page with items.')
  }
  if (first.next !== undefined)
    return refuse(
      'The collection has more than one page; only single-page collections can be imported.'
    )
  if (first.items.length > MAX_IMPORTED_ANNOTATIONS) {
    return refuse(
      `The collection has ${first.items.length} annotations; at most ${MAX_IMPORTED_ANNOTATIONS} can be imported at once.`
    )
  }
  const parsed: ImportedAnnotation[] = []
  const seen = new Set<string>()
  for (const [index, item] of first.items.entries()) {
    if (index % STEP_ITEMS === STEP_ITEMS - 1) yield
    const annotation = parseAnnotation(item, index)
    if (!annotation.ok) return annotation
    if (seen.has(annotation.value.claimId)) {
      return refuse(`${annotation.value.label}: another annotation has the same id.`)
    }
    seen.add(annotation.value.claimId)
    parsed.push(annotation.value)
  }
  return ok(parsed)
}

function parseAnnotation(item: unknown, index: number): Step<ImportedAnnotation> {
  const fallback = `Annotation ${index + 1}`
  if (!isPlainObject(item)) return refuse(`${fallback} is not an object.`)
  const label = typeof item.id === 'string' ? `Annotation ${index + 1} (${item.id})` : fallback
  const fail = (reason: string): Step<never> => refuse(`${label}: ${reason}`)
  if (!hasType(item, 'Annotation')) return fail('its type is not Annotation.')
  const target = parseTarget(item.target)
  if (!target.ok) return fail(target.message)
  const bodies = parseBodies(item.body, item)
  if (!bodies.ok) return fail(bodies.message)
  const history = parseHistory(item[CLAIMDESK_TERMS.history])
  if (!history.ok) return fail(history.message)
  const createdBy = agentName(item.creator) ?? 'Imported'
  const createdAt = typeof item.created === 'string' ? item.created : ''
  const assignee = item[CLAIMDESK_TERMS.assignee]
  if (assignee !== undefined && typeof assignee !== 'string')
    return fail('its assignee is not a name.')
  const claimId =
    (typeof item.id === 'string' ? (idFromIri(item.id, 'claim') ?? item.id) : '') ||
    `imported-${index + 1}`
  return ok({
    label,
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
  if (Array.isArray(value) && value.length !== 1) return refuse('it must have exactly one target.')
  const target: unknown = Array.isArray(value) ? value[0] : value
  if (!isPlainObject(target)) return refuse('its target is not a text selection (no selectors).')
  const raw = target.selector
  const selectors = (Array.isArray(raw) ? raw : [raw]).filter(isPlainObject)
  const quote = selectors.find((s) => hasType(s, 'TextQuoteSelector'))
  if (!quote) return refuse('its target has no TextQuoteSelector, so it cannot be placed in text.')
  if (typeof quote.exact !== 'string' || quote.exact.trim() === '')
    return refuse('its TextQuoteSelector has no exact text.')
  for (const key of ['prefix', 'suffix'] as const) {
    if (quote[key] !== undefined && typeof quote[key] !== 'string')
      return refuse(`its TextQuoteSelector's ${key} is not text.`)
  }
  const parsedQuote = {
    exact: quote.exact.normalize('NFC'),
    ...(typeof quote.prefix === 'string' ? { prefix: quote.prefix.normalize('NFC') } : {}),
    ...(typeof quote.suffix === 'string' ? { suffix: quote.suffix.normalize('NFC') } : {})
  }
  const position = selectors.find((s) => hasType(s, 'TextPositionSelector'))
  if (!position) return ok({ quote: parsedQuote })
  const { start, end } = position
  if (!isCount(start) || !isCount(end) || end < start) {
    return refuse('its TextPositionSelector needs whole-number start and end with start ≤ end.')
  }
  return ok({ quote: parsedQuote, position: { start, end } })
}

interface Bodies {
  readonly statement?: string
  readonly status?: ClaimStatus
  readonly sources: SourceEntry[]
  readonly comments: Comment[]
}

function parseBodies(value: unknown, annotation: Obj): Step<Bodies> {
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value]
  const out: {
    statement?: string
    status?: ClaimStatus
    sources: SourceEntry[]
    comments: Comment[]
  } = {
    sources: [],
    comments: []
  }
  for (const [index, body] of list.entries()) {
    if (typeof body === 'string') continue // A bare IRI body names something Claimdesk has no place for.
    if (!isPlainObject(body)) return refuse(`body ${index + 1} is not an object.`)
    const purpose = body.purpose ?? annotation.motivation
    const step = readBody(body, purpose, out, index)
    if (!step.ok) return step
  }
  return ok(out)
}

function readBody(
  body: Obj,
  purpose: unknown,
  out: { statement?: string; status?: ClaimStatus; sources: SourceEntry[]; comments: Comment[] },
  index: number
): Step<true> {
  const where = `body ${index + 1}`
  if (purpose === 'linking') {
    const url =
      typeof body.source === 'string' ? body.source : typeof body.id === 'string' ? body.id : null
    if (url === null) return refuse(`${where} links to nothing.`)
    const title = body[SOURCE_TITLE]
    out.sources.push({ url, name: typeof title === 'string' ? title : '' })
    return ok(true)
  }
  if (purpose === 'tagging') return ok(true)
  if (typeof body.value !== 'string')
    return purpose === undefined ? ok(true) : refuse(`${where} has no text value.`)
  if (purpose === 'describing') out.statement = body.value
  else if (purpose === 'assessing') {
    // A conflict is exported as such; its history names the statuses, and stays the record.
    if (body[CLAIMDESK_TERMS.status] === 'conflict') return ok(true)
    const status = statusFrom(body[CLAIMDESK_TERMS.status] ?? body.value)
    if (status === null)
      return refuse(
        `${where} sets the status “${body.value}”, which is not one of Claimdesk's statuses.`
      )
    out.status = status
  } else if (purpose === 'commenting' || purpose === 'replying') {
    out.comments.push(commentFrom(body, purpose, out.comments))
  }
  return ok(true)
}

function commentFrom(body: Obj, purpose: string, earlier: readonly Comment[]): Comment {
  const id = typeof body.id === 'string' ? (idFromIri(body.id, 'comment') ?? body.id) : ''
  const parentIri = body[IN_REPLY_TO]
  const parent =
    typeof parentIri === 'string' ? (idFromIri(parentIri, 'comment') ?? parentIri) : null
  const root = earlier.find((c) => c.parentId === null)
  return {
    id: id || `comment-${earlier.length + 1}`,
    parentId: purpose === 'replying' ? (parent ?? root?.id ?? null) : null,
    author: agentName(body.creator) ?? '',
    createdAt: typeof body.created === 'string' ? body.created : '',
    text: String(body.value)
  }
}

function parseHistory(value: unknown): Step<StatusChange[]> {
  if (value === undefined) return ok([])
  if (!Array.isArray(value)) return refuse('its status history is not a list.')
  const history: StatusChange[] = []
  for (const [index, item] of value.entries()) {
    const change = decodeStatusChange(item)
    if (!change) return refuse(`entry ${index + 1} of its status history is not a status change.`)
    history.push(change)
  }
  return ok(history)
}

function statusFrom(value: unknown): ClaimStatus | null {
  if (typeof value !== 'string') return null
  const wanted = value.trim().toLowerCase()
  return (
    CLAIM_STATUSES.find((s) => s === wanted || CLAIM_STATUS_LABELS[s].toLowerCase() === wanted) ??
    null
  )
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

function hasType(value: Obj, type: string): boolean {
  return value.type === type || (Array.isArray(value.type) && value.type.includes(type))
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0
}
