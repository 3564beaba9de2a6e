import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { scheduleCheckpoints } from './wal-checkpoints'

describe('scheduleCheckpoints', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('checkpoints once the writes have paused for the idle time', () => {
    const checkpoint = vi.fn()
    const scheduler = scheduleCheckpoints(checkpoint, () => undefined, {
      idleMs: 1000,
      maxPendingWrites: 100
    })
    for (let write = 0; write < 10; write++) {
      scheduler.noteWrite()
      vi.advanceTimersByTime(300)
    }
    expect(checkpoint).not.toHaveBeenCalled()
    vi.advanceTimersByTime(699)
    expect(checkpoint).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(checkpoint).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(10_000)
    expect(checkpoint).toHaveBeenCalledTimes(1)
  })

  it('checkpoints after the bound of writes even without a pause, but not inside the write', () => {
    const checkpoint = vi.fn()
    const scheduler = scheduleCheckpoints(checkpoint, () => undefined, {
      idleMs: 1000,
      maxPendingWrites: 3
    })
    scheduler.noteWrite()
    scheduler.noteWrite()
    scheduler.noteWrite()
    expect(checkpoint).not.toHaveBeenCalled()
    vi.advanceTimersToNextTimer()
    expect(checkpoint).toHaveBeenCalledTimes(1)
    // The count starts again; the idle timer was cleared with the checkpoint.
    scheduler.noteWrite()
    vi.advanceTimersByTime(999)
    expect(checkpoint).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(1)
    expect(checkpoint).toHaveBeenCalledTimes(2)
  })

  it('reports a failed checkpoint and keeps scheduling', () => {
    const failure = new Error('disk full')
    const checkpoint = vi.fn(() => {
      throw failure
    })
    const onError = vi.fn()
    const scheduler = scheduleCheckpoints(checkpoint, onError, { idleMs: 10, maxPendingWrites: 50 })
    scheduler.noteWrite()
    vi.advanceTimersByTime(10)
    expect(onError).toHaveBeenCalledWith(failure)
    scheduler.noteWrite()
    vi.advanceTimersByTime(10)
    expect(checkpoint).toHaveBeenCalledTimes(2)
  })

  it('runs nothing after stop', () => {
    const checkpoint = vi.fn()
    const scheduler = scheduleCheckpoints(checkpoint, () => undefined, {
      idleMs: 10,
      maxPendingWrites: 1
    })
    scheduler.noteWrite()
    scheduler.stop()
    vi.advanceTimersByTime(1000)
    expect(checkpoint).not.toHaveBeenCalled()
  })
})
