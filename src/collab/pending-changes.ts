/**
 * Local changes the server has not acknowledged yet. A change is one local Yjs transaction
 * (its update); it counts as synced once the server's acknowledged snapshot contains it.
 */
import * as Y from 'yjs'

/** The unacknowledged local changes of one room. */
export class PendingChanges {
  private updates: Uint8Array[] = []
  private acked: Y.Snapshot | null = null

  /** Starts from what the local store held and the last acknowledgement it remembered. */
  constructor(stored: readonly Uint8Array[] = [], acked: Uint8Array | null = null) {
    if (acked) this.acked = Y.decodeSnapshot(acked)
    this.updates = stored.filter((update) => !this.isAcknowledged(update))
  }

  /** How many local changes are not yet acknowledged. */
  get count(): number {
    return this.updates.length
  }

  /** The unacknowledged changes themselves (to rewrite a rebuilt local store). */
  get unacknowledged(): readonly Uint8Array[] {
    return this.updates
  }

  /** Adds local changes; ones the last acknowledgement already contains are not pending. */
  add(...updates: Uint8Array[]): void {
    for (const update of updates) {
      if (!this.isAcknowledged(update)) this.updates.push(update)
    }
  }

  /** Takes the server's acknowledged snapshot (encoded); returns true if the count changed. */
  acknowledge(encodedSnapshot: Uint8Array): boolean {
    this.acked = Y.decodeSnapshot(encodedSnapshot)
    const before = this.updates.length
    this.updates = this.updates.filter((update) => !this.isAcknowledged(update))
    return this.updates.length !== before
  }

  private isAcknowledged(update: Uint8Array): boolean {
    return this.acked !== null && Y.snapshotContainsUpdate(this.acked, update)
  }
}
