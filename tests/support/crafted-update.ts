/**
 * Finds a Yjs update that parses (Y.decodeUpdate accepts it) but throws when
 * applied: the kind of crafted input that forces the server to reset a room.
 * Deterministic: a fixed document mutated by the seeded PRNG.
 */
import * as Y from 'yjs'
import { createPrng } from './prng'
import { appendParagraph } from './tiptap-doc'

function throwsOnApply(target: Uint8Array, update: Uint8Array): boolean {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, target)
  try {
    Y.applyUpdate(doc, update)
    return false
  } catch {
    return true
  } finally {
    doc.destroy()
  }
}

/** An update that parses but throws when applied to a document holding `target`. */
export function craftUnappliableUpdate(target: Uint8Array = new Uint8Array([0, 0])): Uint8Array {
  const source = new Y.Doc()
  source.clientID = 424242
  appendParagraph(source, 'hello world')
  source.getMap('meta').set('title', 'x')
  const base = Y.encodeStateAsUpdate(source)
  const random = createPrng(7)
  for (let attempt = 0; attempt < 100_000; attempt++) {
    const candidate = base.slice()
    for (let flips = 1 + random.int(3); flips > 0; flips--) {
      candidate[random.int(candidate.length)] = random.int(256)
    }
    try {
      Y.decodeUpdate(candidate)
    } catch {
      continue
    }
    if (throwsOnApply(target, candidate)) return candidate
  }
  throw new Error('no unappliable update found')
}
