/**
 * When to copy SQLite's write-ahead log into the database file. A checkpoint
 * takes milliseconds (it copies pages and syncs the file), so it runs when
 * the rooms have been quiet for a while, never inside a reviewer's edit; under
 * unbroken load it runs after a bounded number of writes, right after the
 * write that crossed the bound has been answered.
 */

/** When checkpoints run. */
export interface CheckpointPolicy {
  /** Quiet time after the last write before a checkpoint runs. */
  readonly idleMs: number
  /** Writes after which a checkpoint runs even without a quiet moment. */
  readonly maxPendingWrites: number
}

/** Default policy: a second of quiet, or 2,000 writes (a log of roughly 16 MB). */
export const DEFAULT_CHECKPOINT_POLICY: CheckpointPolicy = {
  idleMs: 1_000,
  maxPendingWrites: 2_000
}

/** Tells the scheduler about writes; `stop` cancels what is pending. */
export interface CheckpointScheduler {
  noteWrite(): void
  stop(): void
}

/**
 * Schedules `checkpoint` by `policy`. Errors from `checkpoint` go to `onError`:
 * a failed checkpoint loses nothing (the log is still replayed on open).
 */
export function scheduleCheckpoints(
  checkpoint: () => void,
  onError: (error: unknown) => void,
  policy: CheckpointPolicy = DEFAULT_CHECKPOINT_POLICY
): CheckpointScheduler {
  let pendingWrites = 0
  let lastWriteAt = 0
  let idleTimer: NodeJS.Timeout | undefined
  let immediate: NodeJS.Immediate | undefined

  const run = (): void => {
    clearTimeout(idleTimer)
    clearImmediate(immediate)
    idleTimer = undefined
    immediate = undefined
    pendingWrites = 0
    try {
      checkpoint()
    } catch (error) {
      onError(error)
    }
  }

  // One timer per quiet period rather than one per write: when it fires early
  // (writes kept coming), it re-arms for the rest of the quiet time.
  const armIdleTimer = (delay: number): void => {
    idleTimer = setTimeout(() => {
      const quietFor = Date.now() - lastWriteAt
      if (quietFor >= policy.idleMs) run()
      else armIdleTimer(policy.idleMs - quietFor)
    }, delay)
    idleTimer.unref()
  }

  return {
    noteWrite() {
      pendingWrites += 1
      lastWriteAt = Date.now()
      if (pendingWrites >= policy.maxPendingWrites) {
        // After this write's broadcast, which runs in the microtasks before any immediate.
        immediate ??= setImmediate(run)
        return
      }
      if (!idleTimer) armIdleTimer(policy.idleMs)
    },
    stop() {
      clearTimeout(idleTimer)
      clearImmediate(immediate)
      idleTimer = undefined
      immediate = undefined
    }
  }
}
