/**
 * A catalogue sentence cut around some of its values, for formats that style a value apart
 * from the words around it (a bold verdict in a DOCX run) without building the sentence from
 * pieces: the translation decides where the value goes.
 */
import type { MessageKey } from '../i18n/message'
import type { Translator } from '../i18n/translator'

/** Words of the sentence, or the place of one of its set-apart values. */
export type SentencePart = { readonly text: string } | { readonly slot: string }

// A private-use character never occurs in a catalogue entry: a marker of it is never words.
const MARKER = /\uE000(\d+)\uE000/

/** The sentence `key` with `values`, cut at each value named in `slots` (in sentence order). */
export function sentenceParts(
  tr: Translator,
  key: MessageKey,
  values: Readonly<Record<string, string | number>>,
  slots: readonly string[]
): SentencePart[] {
  const marked: Record<string, string | number> = { ...values }
  slots.forEach((slot, index) => (marked[slot] = `\uE000${index}\uE000`))
  const pieces = String(tr.t(key, marked)).split(MARKER)
  // split with a capture group alternates words and captured slot indexes.
  return pieces.flatMap((piece, index): SentencePart[] => {
    if (index % 2 === 0) return piece === '' ? [] : [{ text: piece }]
    return [{ slot: slots[Number(piece)] ?? '' }]
  })
}
