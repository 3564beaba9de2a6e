/**
 * The import boundary for Web Annotation JSON-LD: selectors and bodies decoded once into
 * typed unions (as the Hypothesis client keeps its selectors), so the importer switches on a
 * `kind` instead of probing untyped objects with typeof.
 */
import { CLAIM_STATUSES, CLAIM_STATUS_LABELS, type ClaimStatus } from '../claims/status'
import { ok, refuse, type Result } from '../claims/result'
import { isPlainObject } from './plain-data'
import { CLAIMDESK_TERMS, IN_REPLY_TO, SOURCE_TITLE } from './web-annotation-ids'

/** A target selector as Claimdesk reads it; selectors of other types are kept as `other`. */
export type Selector =
  | {
      readonly kind: 'quote'
      readonly exact: string
      readonly prefix?: string
      readonly suffix?: string
    }
  | { readonly kind: 'position'; readonly start: number; readonly end: number }
  | { readonly kind: 'other' }

/** A body as Claimdesk reads it, by its purpose. */
export type Body =
  | { readonly kind: 'link'; readonly url: string; readonly title: string }
  | { readonly kind: 'statement'; readonly text: string }
  /** `conflict`: exported as a conflict; the status history is the record. */
  | { readonly kind: 'assessment'; readonly status: ClaimStatus | 'conflict' }
  | {
      readonly kind: 'comment'
      readonly reply: boolean
      readonly iri: string | null
      readonly inReplyTo: string | null
      readonly creator: unknown
      readonly created: string | null
      readonly text: string
    }
  /** Tagging bodies, bare IRIs and bodies without a purpose: nothing Claimdesk keeps. */
  | { readonly kind: 'ignored' }

/** One selector, or why it is unusable. */
export function decodeSelector(value: unknown): Result<Selector> {
  if (!isPlainObject(value)) return ok({ kind: 'other' })
  if (hasType(value, 'TextQuoteSelector')) {
    const { exact, prefix, suffix } = value
    if (typeof exact !== 'string' || exact.trim() === '') {
      return refuse('its TextQuoteSelector has no exact text.')
    }
    if (prefix !== undefined && typeof prefix !== 'string') {
      return refuse("its TextQuoteSelector's prefix is not text.")
    }
    if (suffix !== undefined && typeof suffix !== 'string') {
      return refuse("its TextQuoteSelector's suffix is not text.")
    }
    return ok({
      kind: 'quote',
      exact: exact.normalize('NFC'),
      ...(prefix === undefined ? {} : { prefix: prefix.normalize('NFC') }),
      ...(suffix === undefined ? {} : { suffix: suffix.normalize('NFC') })
    })
  }
  if (hasType(value, 'TextPositionSelector')) {
    const { start, end } = value
    if (!isCount(start) || !isCount(end) || end < start) {
      return refuse('its TextPositionSelector needs whole-number start and end with start ≤ end.')
    }
    return ok({ kind: 'position', start, end })
  }
  return ok({ kind: 'other' })
}

/** One body (`motivation` stands in for a missing purpose), or why it cannot be kept. */
export function decodeBody(value: unknown, motivation: unknown, where: string): Result<Body> {
  if (typeof value === 'string') return ok({ kind: 'ignored' })
  if (!isPlainObject(value)) return refuse(`${where} is not an object.`)
  const purpose = value.purpose ?? motivation
  if (purpose === 'linking') {
    const { source, id } = value
    const url = typeof source === 'string' ? source : typeof id === 'string' ? id : null
    if (url === null) return refuse(`${where} links to nothing.`)
    const title = value[SOURCE_TITLE]
    return ok({ kind: 'link', url, title: typeof title === 'string' ? title : '' })
  }
  if (purpose === 'tagging') return ok({ kind: 'ignored' })
  const text = value.value
  if (typeof text !== 'string') {
    return purpose === undefined ? ok({ kind: 'ignored' }) : refuse(`${where} has no text value.`)
  }
  switch (purpose) {
    case 'describing':
      return ok({ kind: 'statement', text })
    case 'assessing':
      return decodeAssessment(value[CLAIMDESK_TERMS.status], text, where)
    case 'commenting':
    case 'replying': {
      const { id, created, creator } = value
      const parent = value[IN_REPLY_TO]
      return ok({
        kind: 'comment',
        reply: purpose === 'replying',
        iri: typeof id === 'string' ? id : null,
        inReplyTo: typeof parent === 'string' ? parent : null,
        creator,
        created: typeof created === 'string' ? created : null,
        text
      })
    }
    default:
      return ok({ kind: 'ignored' })
  }
}

function decodeAssessment(status: unknown, text: string, where: string): Result<Body> {
  if (status === 'conflict') return ok({ kind: 'assessment', status: 'conflict' })
  // Awaiting a second check is Verified in the history; the importing room applies its own rules.
  if (status === 'awaiting') return ok({ kind: 'assessment', status: 'verified' })
  const named = statusFrom(status ?? text)
  if (named === null) {
    return refuse(`${where} sets the status “${text}”, which is not one of Claimdesk's statuses.`)
  }
  return ok({ kind: 'assessment', status: named })
}

/** A status by id or by its label, in any case. */
function statusFrom(value: unknown): ClaimStatus | null {
  if (typeof value !== 'string') return null
  const wanted = value.trim().toLowerCase()
  return (
    CLAIM_STATUSES.find((s) => s === wanted || CLAIM_STATUS_LABELS[s].toLowerCase() === wanted) ??
    null
  )
}

/** True when the object's `type` is `type` or a list holding it. */
export function hasType(value: Record<string, unknown>, type: string): boolean {
  return value.type === type || (Array.isArray(value.type) && value.type.includes(type))
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0
}
