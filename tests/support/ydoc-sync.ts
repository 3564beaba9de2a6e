/** Two replicas exchanging what each is missing, as two reviewers reconnecting would. */
import * as Y from 'yjs'

/** Brings `a` and `b` to the same state, each applying only what it lacked. */
export function syncDocs(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b))
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a))
  Y.applyUpdate(b, toB)
  Y.applyUpdate(a, toA)
}
