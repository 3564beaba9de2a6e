/**
 * A generated briefing for the editor benchmark: ~100,000 words in paragraphs of 80–200 words,
 * optionally with thousands of claims whose marks are encoded as y-tiptap encodes them.
 * Deterministic from its seed, so every run measures the same document.
 */
import * as Y from 'yjs'
import { documentFragment, sourceList } from '../src/collab/briefing-doc'
import { addClaimComment } from '../src/collab/claims/claim-comments-doc'
import {
  attachClaimSource,
  createClaimInDoc,
  setClaimStatus
} from '../src/collab/claims/claims-doc'
import { CLAIM_STATUSES } from '../src/core/claims/status'
import { markClaim } from '../tests/support/claim-marks'
import type { Prng } from '../tests/support/prng'
import { createPrng } from '../tests/support/prng'

/** What to generate. */
export interface BriefingSpec {
  readonly seed: number
  readonly words: number
  readonly claims: number
}

/** What was generated, for the benchmark to check the browser against. */
export interface GeneratedBriefing {
  readonly paragraphs: number
  readonly words: number
  readonly claims: number
  /** The last paragraph's text: the editor is open once it shows it. */
  readonly lastParagraph: string
}

const VOCABULARY = (
  'the government said that growth reached percent last year while unemployment fell to its ' +
  'lowest level since records began according to official statistics published by ministry ' +
  'inflation rose prices wages households spending budget deficit debt exports imports energy ' +
  'report claims figures show more than half of all new homes were built in the region during'
).split(' ')
const NOW = '2026-03-01T10:00:00.000Z'
const SOURCES = [1, 2, 3, 4, 5, 6].map((n) => ({
  name: `Report ${n}`,
  url: `https://stats.example/report-${n}`
}))

/** One paragraph's words: numbers and a full stop now and then, as a briefing reads. */
function paragraphWords(random: Prng): string[] {
  const count = 80 + random.int(121)
  return Array.from({ length: count }, (_, i) => {
    const word = random.chance(0.06)
      ? `${random.int(100)}.${random.int(10)}%`
      : random.pick(VOCABULARY)
    return i === count - 1 || random.chance(0.07) ? `${word}.` : word
  })
}

/** A claim's place in one paragraph, in characters. */
interface ClaimRange {
  readonly paragraph: number
  readonly start: number
  readonly length: number
}

/** Character offset of each word of a paragraph joined by single spaces. */
function wordOffsets(words: readonly string[]): number[] {
  const offsets: number[] = []
  let at = 0
  for (const word of words) {
    offsets.push(at)
    at += word.length + 1
  }
  return offsets
}

/** Non-overlapping ranges of 3–10 words with random gaps, plus nested ones inside some of them. */
function claimRanges(paragraphs: readonly string[][], wanted: number, random: Prng): ClaimRange[] {
  const totalWords = paragraphs.reduce((sum, words) => sum + words.length, 0)
  // About 85% outer claims, each 6.5 words plus a space plus a gap of (maxGap - 1) / 2 on average.
  const maxGap = Math.max(2, Math.round(2 * (totalWords / (wanted * 0.85) - 7.5) + 1))
  const outer: ClaimRange[] = []
  paragraphs.forEach((words, paragraph) => {
    const offsets = wordOffsets(words)
    let word = random.int(maxGap)
    while (word + 3 <= words.length && outer.length < wanted) {
      const span = Math.min(3 + random.int(8), words.length - word)
      const last = word + span - 1
      const end = (offsets[last] ?? 0) + (words[last]?.length ?? 0)
      const start = offsets[word] ?? 0
      outer.push({ paragraph, start, length: end - start })
      word += span + 1 + random.int(maxGap)
    }
  })
  // Nested claims inside outer ones make up the rest (and overlaps of the mark keys).
  const nested: ClaimRange[] = []
  while (outer.length > 0 && outer.length + nested.length < wanted) {
    const host = random.pick(outer)
    const text = (paragraphs[host.paragraph] ?? []).join(' ')
    const start = host.start + random.int(Math.max(1, host.length - 2))
    const length = 2 + random.int(Math.max(1, host.start + host.length - start - 1))
    // A claim must quote something besides spaces.
    if (text.slice(start, start + length).trim().length > 0) nested.push({ ...host, start, length })
  }
  return [...outer, ...nested]
}

/** Writes the briefing and its claims into `doc` in one transaction. */
export function generateBriefing(doc: Y.Doc, spec: BriefingSpec): GeneratedBriefing {
  const random = createPrng(spec.seed)
  const paragraphs: string[][] = []
  for (let words = 0; words < spec.words;) {
    const next = paragraphWords(random)
    paragraphs.push(next)
    words += next.length
  }
  const texts = paragraphs.map((words) => words.join(' '))
  const ranges = spec.claims > 0 ? claimRanges(paragraphs, spec.claims, random) : []
  doc.transact(() => {
    const elements = texts.map((text) => {
      const element = new Y.XmlElement('paragraph')
      element.insert(0, [new Y.XmlText(text)])
      return element
    })
    documentFragment(doc).insert(0, elements)
    sourceList(doc).push(SOURCES)
    ranges.forEach((range, n) => addClaim(doc, range, `bench-claim-${n}`, texts, random))
  })
  return {
    paragraphs: texts.length,
    words: paragraphs.reduce((sum, words) => sum + words.length, 0),
    claims: ranges.length,
    lastParagraph: texts.at(-1) ?? ''
  }
}

function addClaim(
  doc: Y.Doc,
  range: ClaimRange,
  id: string,
  texts: readonly string[],
  random: Prng
): void {
  const quote = (texts[range.paragraph] ?? '').slice(range.start, range.start + range.length)
  const created = createClaimInDoc(doc, { id, quote, author: 'Bench', now: NOW })
  if (!created.ok) throw new Error(`claim ${id}: ${created.message}`)
  const block = documentFragment(doc).get(range.paragraph)
  const text = block instanceof Y.XmlElement ? block.get(0) : null
  if (!(text instanceof Y.XmlText)) throw new Error(`paragraph ${range.paragraph} has no text`)
  markClaim(text, range.start, range.length, id)
  const status = random.pick(CLAIM_STATUSES)
  if (status !== 'unverified') {
    setClaimStatus(doc, id, { changeId: `${id}-s`, to: status, author: 'Bench', now: NOW })
  }
  if (random.chance(0.5)) attachClaimSource(doc, id, random.pick(SOURCES).url)
  if (random.chance(0.1)) {
    addClaimComment(doc, id, { id: `${id}-m`, author: 'Bench', now: NOW, text: 'Which table?' })
  }
}
