/**
 * The Y.XmlText attribute key y-tiptap gives the claim mark. The claim mark may overlap itself
 * (`excludes: ''`), so y-tiptap stores each under "claim--" plus a hash of the mark's JSON:
 * SHA-256 of lib0's binary encoding, folded to six bytes, in base64. y-tiptap does not export
 * its hash function, so it is computed here the same way; claim-mark-key.test.ts checks it
 * against y-tiptap's own conversion.
 */
import { encodeAny, toBase64 } from 'lib0/buffer'
import { digest } from 'lib0/hash/sha256'
import { CLAIM_MARK_NAME } from '../claims/anchored-claims'

const FOLDED_BYTES = 6
const keys = new Map<string, string>()

/** The attribute key under which y-tiptap stores the claim mark with `id`. */
export function claimMarkKey(id: string): string {
  let key = keys.get(id)
  if (key === undefined) {
    // ProseMirror's Mark.toJSON(): { type, attrs }, in that key order.
    const json = { type: CLAIM_MARK_NAME, attrs: { id } }
    key = `${CLAIM_MARK_NAME}--${toBase64(fold(digest(encodeAny(json))))}`
    keys.set(id, key)
  }
  return key
}

/** The attribute value y-tiptap stores for the claim mark: the mark's attrs. */
export function claimMarkValue(id: string): { id: string } {
  return { id }
}

function fold(hash: Uint8Array): Uint8Array {
  const bytes = hash.slice()
  for (let i = FOLDED_BYTES; i < bytes.length; i++) {
    bytes[i % FOLDED_BYTES] = (bytes[i % FOLDED_BYTES] ?? 0) ^ (bytes[i] ?? 0)
  }
  return bytes.slice(0, FOLDED_BYTES)
}
