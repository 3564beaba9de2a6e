/**
 * Applying an update that may be hostile. Yjs can throw half-way through an
 * update (yjs issues 479, 687), or keep part of it pending forever when it
 * refers to changes nobody will send. Both are refused here, and the caller
 * learns whether the document may have been touched, so that it rebuilds the
 * document from storage instead of keeping a half-applied change.
 */
import * as Y from 'yjs'

/** What applying one update did. */
export type GuardedApply =
  /** Applied completely; `changes` are the updates Yjs reported (when collected). */
  | { readonly kind: 'applied'; readonly changes: readonly Uint8Array[] }
  /**
   * Refused. `throws`: Yjs threw while applying it. `missing`: it depends on
   * changes the document does not have. `dirty`: the document may hold part
   * of it and must be rebuilt from storage.
   */
  | { readonly kind: 'refused'; readonly reason: 'throws' | 'missing'; readonly dirty: boolean }

/** Applies `update` to `doc` unless it throws or stays incomplete; see GuardedApply. */
export function applyGuarded(
  doc: Y.Doc,
  update: Uint8Array,
  origin: unknown,
  collect: boolean
): GuardedApply {
  const { store } = doc
  const hadPending = hasPending(doc)
  const changes: Uint8Array[] = []
  let transaction: Y.Transaction | undefined
  const handleBefore = (started: Y.Transaction): void => {
    transaction ??= started
  }
  const handleUpdate = (change: Uint8Array): void => {
    changes.push(change)
  }
  doc.on('beforeTransaction', handleBefore)
  // Listening to 'update' makes Yjs encode every transaction: only when the changes are wanted.
  if (collect) doc.on('update', handleUpdate)
  let threw = false
  try {
    Y.applyUpdate(doc, update, origin)
  } catch {
    threw = true
  } finally {
    doc.off('beforeTransaction', handleBefore)
    if (collect) doc.off('update', handleUpdate)
  }
  // Only a refusal needs to know whether the document was touched; the honest path skips it.
  const touched = (): boolean =>
    changes.length > 0 || (transaction !== undefined && mayHaveChanged(transaction))
  if (threw) return { kind: 'refused', reason: 'throws', dirty: touched() || hasPending(doc) }
  if (!hadPending && hasPending(doc)) {
    const dirty = touched()
    if (!dirty) {
      // Nothing was integrated: forgetting the pending part restores the document exactly.
      store.pendingStructs = null
      store.pendingDs = null
    }
    return { kind: 'refused', reason: 'missing', dirty }
  }
  return { kind: 'applied', changes: collect ? changes : [update] }
}

/** True when the document holds changes it is waiting to complete. */
export function hasPending(doc: Y.Doc): boolean {
  return doc.store.pendingStructs !== null || doc.store.pendingDs !== null
}

/** True when a (possibly aborted) transaction deleted something or added structs. */
function mayHaveChanged(transaction: Y.Transaction): boolean {
  if (transaction.deleteSet.clients.size > 0) return true
  const now = Y.decodeStateVector(Y.encodeStateVector(transaction.doc))
  if (now.size !== transaction.beforeState.size) return true
  for (const [client, clock] of now) {
    if (transaction.beforeState.get(client) !== clock) return true
  }
  return false
}
