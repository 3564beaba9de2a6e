/**
 * Which of Claimdesk's languages a text is written in, from its function words: every German
 * or English sentence is full of them, whatever it is about, while names and numbers say
 * nothing. Pure and deterministic, so an export's default language is reproducible.
 */
import type { Locale } from './locale'

// Frequent words of one language only: "in", "was", "will", "so", "an", "am" and the like
// are left out, since they are common in both.
const GERMAN: ReadonlySet<string> = new Set([
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  'ein',
  'eine',
  'einen',
  'einem',
  'einer',
  'und',
  'oder',
  'aber',
  'ist',
  'sind',
  'wird',
  'werden',
  'wurde',
  'hat',
  'haben',
  'nicht',
  'mit',
  'von',
  'für',
  'auf',
  'aus',
  'bei',
  'nach',
  'laut',
  'dass',
  'sich',
  'auch',
  'noch',
  'wie',
  'zu',
  'zur',
  'zum',
  'im',
  'über'
])

const ENGLISH: ReadonlySet<string> = new Set([
  'the',
  'and',
  'or',
  'but',
  'is',
  'are',
  'were',
  'has',
  'have',
  'not',
  'of',
  'to',
  'that',
  'with',
  'from',
  'for',
  'on',
  'by',
  'at',
  'it',
  'its',
  'this',
  'which',
  'said',
  'would',
  'be',
  'been',
  'a'
])

// A few thousand words settle the question; a very long briefing is not read to its end.
const MAX_WORDS = 10_000

// So few German words say nothing ("Es sind 240 Millionen Euro" is not a German briefing).
const MIN_GERMAN_WORDS = 3

/** Counts of German and English function words among the first words of `text`. */
export function functionWordCounts(text: string): { german: number; english: number } {
  let german = 0
  let english = 0
  let words = 0
  for (const match of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    if (++words > MAX_WORDS) break
    const word = match[0]
    if (GERMAN.has(word)) german += 1
    else if (ENGLISH.has(word)) english += 1
  }
  return { german, english }
}

/** German when German function words clearly outnumber English ones (twice over), else English. */
export function detectLanguage(text: string): Locale {
  const { german, english } = functionWordCounts(text)
  return german >= MIN_GERMAN_WORDS && german > 2 * english ? 'de' : 'en'
}
