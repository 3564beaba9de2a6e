/** The outcome of validating or applying a change: a value, or a message a person can act on. */
import type { Message } from '../i18n/message'
import { english } from '../i18n/translator'

/**
 * A value, or a refusal: `reason` is the message in the catalogue (each reader sees it in their
 * language), `message` the same sentence in English, for logs, API answers and tests.
 */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly message: string; readonly reason: Message }

/** A successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

/** A refused result with a message meant for the reviewer, not for a log. */
export function refuse<T = never>(reason: Message): Result<T> {
  return { ok: false, message: english.text(reason), reason }
}
