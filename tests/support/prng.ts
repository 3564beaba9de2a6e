/** A small seeded PRNG (mulberry32) so random tests replay exactly from their seed. */

/** Deterministic random choices from one 32-bit seed. */
export interface Prng {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [0, maxExclusive). */
  int(maxExclusive: number): number
  /** True with probability `p`. */
  chance(p: number): boolean
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T
  /** A short lowercase word. */
  word(maxLength?: number): string
}

/** A PRNG seeded with `seed`. */
export function createPrng(seed: number): Prng {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (maxExclusive: number): number => Math.floor(next() * maxExclusive)
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick from an empty array')
      return items[int(items.length)] as T
    },
    word(maxLength = 6) {
      const length = 1 + int(maxLength)
      let text = ''
      for (let i = 0; i < length; i++) text += String.fromCharCode(97 + int(26))
      return text
    }
  }
}
