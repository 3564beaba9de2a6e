/**
 * A refusal thrown through the app's promise chains (the start screen's actions) that keeps its
 * message, so the alert shows it in the reader's language rather than as English text.
 */
import type { Message } from '../../core/i18n/message'
import { english } from '../../core/i18n/translator'

/** An Error whose `reason` is a catalogue message; its `message` is the English text. */
export class RefusalError extends Error {
  override readonly name = 'RefusalError'

  constructor(readonly reason: Message) {
    super(english.text(reason))
  }
}

/** What to tell the reader about `failure`: its message, or for an unexpected error its text. */
export function failureOf(failure: unknown): Message | string {
  if (failure instanceof RefusalError) return failure.reason
  return failure instanceof Error ? failure.message : String(failure)
}
