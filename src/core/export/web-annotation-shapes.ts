/**
 * The import boundary for Web Annotation JSON-LD: selectors and bodies decoded once into
 * typed unions (as the Hypothesis client keeps its selectors), so the importer switches on a
 * `kind` instead of probing untyped objects with typeof.
 */
import { ok, refuse, type Result } from '../claims/result'
import { CLAIM_STATUSES, statusLabel, type ClaimStatus } from '../claims/status'
import { message, type Message } from '../i18n/message'
import { english, translator } from '../i18n/translator'
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
      return refuse(message('importing.annotation.quoteNoExact'))
    }
    if (prefix !== undefined && typeof prefix !== 'string') {
      return refuse(message('importing.annotation.quotePrefixNotText'))
    }
    if (suffix !== undefined && typeof suffix !== 'string') {
      return refuse(message('importing.annotation.quoteSuffixNotText'))
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
      return refuse(message('importing.annotation.positionInvalid'))
    }
    return ok({ kind: 'position', start, end })
  }
  return ok({ kind: 'other' })
}

/** True when a selector's refusal is about its TextQuoteSelector, the one selector needed. */
export function isQuoteSelectorRefusal(reason: Message): boolean {
  return QUOTE_SELECTOR_REFUSALS.has(reason.key)
}

const QUOTE_SELECTOR_REFUSALS: ReadonlySet<string> = new Set([
  'importing.annotation.quoteNoExact',
  'importing.annotation.quotePrefixNotText',
  'importing.annotation.quoteSuffixNotText'
])

/**
 * One body (`motivation` stands in for a missing purpose), or why it cannot be kept; `where`
 * names the body in refusals (`importing.body.label`, or a plain name).
 */
export function decodeBody(
  value: unknown,
  motivation: unknown,
  where: string | Message
): Result<Body> {
  if (typeof value === 'string') return ok({ kind: 'ignored' })
  if (!isPlainObject(value)) return refuse(message('importing.body.notObject', { body: where }))
  const purpose = value.purpose ?? motivation
  if (purpose === 'linking') {
    const { source, id } = value
    const url = typeof source === 'string' ? source : typeof id === 'string' ? id : null
    if (url === null) return refuse(message('importing.body.linksToNothing', { body: where }))
    const title = value[SOURCE_TITLE]
    return ok({ kind: 'link', url, title: typeof title === 'string' ? title : '' })
  }
  if (purpose === 'tagging') return ok({ kind: 'ignored' })
  const text = value.value
  if (typeof text !== 'string') {
    return purpose === undefined
      ? ok({ kind: 'ignored' })
      : refuse(message('importing.body.noText', { body: where }))
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

function decodeAssessment(status: unknown, text: string, where: string | Message): Result<Body> {
  if (status === 'conflict') return ok({ kind: 'assessment', status: 'conflict' })
  // Awaiting a second check is Verified in the history; the importing room applies its own rules.
  if (status === 'awaiting') return ok({ kind: 'assessment', status: 'verified' })
  const named = statusFrom(status ?? text)
  if (named === null) {
    return refuse(message('importing.body.unknownStatus', { body: where, status: text }))
  }
  return ok({ kind: 'assessment', status: named })
}

/** Languages whose status labels an import accepts: a file may come from either. */
const LABEL_LANGUAGES = [english, translator('de')]

/** A status by id or by its label in English or German, in any case. */
function statusFrom(value: unknown): ClaimStatus | null {
  if (typeof value !== 'string') return null
  const wanted = value.trim().toLowerCase()
  const named = (s: ClaimStatus) =>
    LABEL_LANGUAGES.some((tr) => statusLabel(s, tr).toLowerCase() === wanted)
  return CLAIM_STATUSES.find((s) => s === wanted || named(s)) ?? null
}

/** True when the object's `type` is `type` or a list holding it. */
export function hasType(value: Record<string, unknown>, type: string): boolean {
  return value.type === type || (Array.isArray(value.type) && value.type.includes(type))
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0
}
