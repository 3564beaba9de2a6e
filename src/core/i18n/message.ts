/**
 * A sentence meant for a person, kept as a catalogue key and the values it names, so each
 * reader sees it in their own language. Values may be messages themselves: a whole sentence
 * placed in another ("Claim 3: {{reason}}"), never a fragment of one.
 */
import type { ParseKeys } from 'i18next'

/** Any key of the catalogue (plural keys without their `_one` / `_other` ending). */
export type MessageKey = ParseKeys

/** What a message names: text, numbers (`count` picks the plural form), or whole messages. */
export type MessageValues = Readonly<Record<string, string | number | Message>>

/** A translatable sentence. */
export interface Message {
  readonly key: MessageKey
  readonly values?: MessageValues
}

/** A message from its key and values. */
export function message(key: MessageKey, values?: MessageValues): Message {
  return values === undefined ? { key } : { key, values }
}

/** True for a value shaped like a message (data from peers and servers arrives untyped). */
export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { key?: unknown }).key === 'string'
  )
}
