/**
 * An index of every 8-unit window of a text, bucketed by hash, so that the
 * places where a string occurs are found without scanning the text. Built in
 * steps (a generator) so that a caller can spread a large text over several
 * turns of its event loop.
 */

/** Window length in UTF-16 units. */
export const GRAM = 8
const BUCKET_BITS = 16
const BUCKETS = 1 << BUCKET_BITS
/** Positions indexed between two steps of `buildGramIndex`. */
const STEP_POSITIONS = 100_000

/** Finds where strings of at least GRAM units occur in the indexed text. */
export interface GramIndex {
  /** Start offsets (UTF-16) of `needle` in the text, in text order; at most `limit`. */
  find(needle: string, limit: number): number[]
}

function gramHash(text: string, at: number): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < GRAM; i++) hash = Math.imul(hash ^ text.charCodeAt(at + i), 0x01000193)
  return hash >>> 0
}

/** Builds the index of `text`, yielding between steps; the generator's value is the index. */
export function* buildGramIndex(text: string): Generator<void, GramIndex> {
  const count = Math.max(0, text.length - GRAM + 1)
  const hashes = new Uint32Array(count)
  const starts = new Uint32Array(BUCKETS + 1)
  for (let at = 0; at < count; at++) {
    const hash = gramHash(text, at)
    hashes[at] = hash
    const slot = (hash >>> (32 - BUCKET_BITS)) + 1
    starts[slot] = (starts[slot] ?? 0) + 1
    if (at % STEP_POSITIONS === STEP_POSITIONS - 1) yield
  }
  for (let bucket = 0; bucket < BUCKETS; bucket++) {
    starts[bucket + 1] = (starts[bucket + 1] ?? 0) + (starts[bucket] ?? 0)
  }
  const filled = starts.slice(0, BUCKETS)
  const positions = new Uint32Array(count)
  for (let at = 0; at < count; at++) {
    const bucket = (hashes[at] ?? 0) >>> (32 - BUCKET_BITS)
    const slot = filled[bucket] ?? 0
    positions[slot] = at
    filled[bucket] = slot + 1
    if (at % STEP_POSITIONS === STEP_POSITIONS - 1) yield
  }
  return {
    find(needle, limit) {
      if (needle.length < GRAM) throw new RangeError(`needle shorter than ${GRAM} units`)
      const offset = rarestGram(needle, starts)
      const hash = gramHash(needle, offset)
      const bucket = hash >>> (32 - BUCKET_BITS)
      const found: number[] = []
      for (let i = starts[bucket] ?? 0; i < (starts[bucket + 1] ?? 0); i++) {
        const at = positions[i] ?? 0
        if (hashes[at] !== hash) continue
        const start = at - offset
        if (start >= 0 && text.startsWith(needle, start)) {
          found.push(start)
          if (found.length >= limit) break
        }
      }
      return found
    }
  }
}

/** Windows of a needle compared to find its rarest one; more would cost more than they save. */
const MAX_OFFSETS = 256

/** Of the needle's windows, the one whose bucket is smallest: fewest places to check. */
function rarestGram(needle: string, starts: Uint32Array): number {
  const last = Math.min(needle.length - GRAM, MAX_OFFSETS)
  let best = 0
  let bestSize = Number.POSITIVE_INFINITY
  for (let offset = 0; offset <= last && bestSize > 1; offset++) {
    const bucket = gramHash(needle, offset) >>> (32 - BUCKET_BITS)
    const size = (starts[bucket + 1] ?? 0) - (starts[bucket] ?? 0)
    if (size < bestSize) {
      best = offset
      bestSize = size
    }
  }
  return best
}
