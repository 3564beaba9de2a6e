/**
 * Claim marks written straight into Yjs, exactly as y-tiptap stores a TipTap mark named 'claim'
 * with attrs { id } and `excludes: ''`. y-tiptap keys such an overlapping mark by a hash of the
 * mark's JSON so several can sit on one character; its `hashOfJSON` is not exported from the
 * package, so the same recipe is reproduced here and checked against y-tiptap's own conversion
 * in tests/property/claims-convergence.test.ts.
 */
import { encodeAny, toBase64 } from 'lib0/buffer'
import { digest } from 'lib0/hash/sha256'
import * as Y from 'yjs'
import { CLAIM_MARK_NAME } from '../../src/collab/claims/anchored-claims'

const HASH_BYTES = 6

/** Folds a SHA-256 digest into six bytes, as y-tiptap does before base64 (8 characters). */
function foldDigest(bytes: Uint8Array): Uint8Array {
  const folded = bytes.slice()
  for (let i = HASH_BYTES; i < folded.length; i++) {
    folded[i % HASH_BYTES] = (folded[i % HASH_BYTES] ?? 0) ^ (folded[i] ?? 0)
  }
  return folded.slice(0, HASH_BYTES)
}

const keyCache = new Map<string, string>()

/** The Y.XmlText attribute key y-tiptap uses for the claim mark with `id`. */
export function claimMarkKey(id: string): string {
  const cached = keyCache.get(id)
  if (cached !== undefined) return cached
  // ProseMirror's Mark.toJSON(): the type's name first, then its attrs.
  const markJson = { type: CLAIM_MARK_NAME, attrs: { id } }
  const key = `${CLAIM_MARK_NAME}--${toBase64(foldDigest(digest(encodeAny(markJson))))}`
  keyCache.set(id, key)
  return key
}

/** Puts the claim mark `id` on `length` characters of `text` from `index`, keeping other marks. */
export function markClaim(text: Y.XmlText, index: number, length: number, id: string): void {
  text.format(index, length, { [claimMarkKey(id)]: { id } })
}

const CLAIM_KEY = new RegExp(`^${CLAIM_MARK_NAME}--[a-zA-Z0-9+/=]{8}$`)

interface DeltaOp {
  readonly insert?: unknown
  readonly attributes?: Record<string, unknown>
}

/** The claim id a text attribute stands for, or null when it is not a claim mark. */
function claimIdOf(key: string, value: unknown): string | null {
  if (!CLAIM_KEY.test(key) || typeof value !== 'object' || value === null) return null
  const id = (value as { id?: unknown }).id
  return typeof id === 'string' ? id : null
}

/**
 * For each claim id, the text its mark covers: the covered runs of each block joined, blocks
 * joined with a newline. Also reports any mark whose key does not match its id's hash, which
 * y-tiptap would read back as a different mark.
 */
export function claimCoverage(fragment: Y.XmlFragment): {
  readonly covered: Map<string, string>
  readonly badKeys: string[]
} {
  const perBlock: Map<string, string>[] = []
  const badKeys: string[] = []
  collectBlocks(fragment, perBlock, badKeys)
  const covered = new Map<string, string[]>()
  for (const block of perBlock) {
    for (const [id, text] of block) covered.set(id, [...(covered.get(id) ?? []), text])
  }
  const joined = new Map([...covered].map(([id, parts]) => [id, parts.join('\n')] as const))
  return { covered: joined, badKeys }
}

function collectBlocks(
  node: Y.XmlFragment | Y.XmlElement,
  perBlock: Map<string, string>[],
  badKeys: string[]
): void {
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlElement) {
      const texts = child.toArray().filter((c): c is Y.XmlText => c instanceof Y.XmlText)
      if (texts.length > 0) perBlock.push(blockCoverage(texts, badKeys))
      collectBlocks(child, perBlock, badKeys)
    }
  }
}

function blockCoverage(texts: readonly Y.XmlText[], badKeys: string[]): Map<string, string> {
  const covered = new Map<string, string>()
  const lastRun = new Map<string, number>()
  const ops = texts.flatMap((text) => text.toDelta() as DeltaOp[])
  ops.forEach((op, run) => {
    if (typeof op.insert !== 'string') return
    for (const [key, value] of Object.entries(op.attributes ?? {})) {
      const id = claimIdOf(key, value)
      if (id === null) continue
      if (key !== claimMarkKey(id)) badKeys.push(key)
      // A gap inside one block shows as '|' so "ab…cd" never equals "abcd".
      const gap = lastRun.has(id) && lastRun.get(id) !== run - 1 ? '|' : ''
      covered.set(id, (covered.get(id) ?? '') + gap + op.insert)
      lastRun.set(id, run)
    }
  })
  return covered
}
