import { describe, expect, it } from 'vitest'
import { MAX_UNNAMED, versionsToThin, type ThinnableVersion } from './version-thinning'

const now = '2026-12-02T12:00:00.000Z'
const ago = (ms: number): string => new Date(Date.parse(now) - ms).toISOString()
const MIN = 60_000
const HOUR = 60 * MIN
const DAY = 24 * HOUR

describe('versionsToThin', () => {
  it('keeps every version of the last day and every named one', () => {
    const versions: ThinnableVersion[] = [
      { id: 1, takenAt: ago(400 * DAY), name: 'Published' },
      { id: 2, takenAt: ago(5 * MIN), name: null },
      { id: 3, takenAt: ago(15 * MIN), name: null },
      { id: 4, takenAt: ago(23 * HOUR), name: null }
    ]
    expect(versionsToThin(versions, now)).toEqual([])
  })

  it('keeps the newest of each hour in the last week, of each day in the month, of each week after', () => {
    const versions: ThinnableVersion[] = [
      { id: 1, takenAt: ago(2 * DAY + 10 * MIN), name: null },
      { id: 2, takenAt: ago(2 * DAY + 20 * MIN), name: null },
      { id: 3, takenAt: ago(10 * DAY + HOUR), name: null },
      { id: 4, takenAt: ago(10 * DAY + 5 * HOUR), name: null },
      { id: 5, takenAt: ago(10 * DAY + 6 * HOUR), name: 'Kept by name' }
    ]
    // 1 and 2 fall in the same hour (11:50 and 11:40), 3 and 4 on the same day (11:00, 07:00).
    expect(versionsToThin(versions, now).sort()).toEqual([2, 4])
  })

  it('never keeps more than MAX_UNNAMED, letting the oldest go', () => {
    const versions = Array.from({ length: MAX_UNNAMED + 30 }, (_, i) => ({
      id: i + 1,
      takenAt: ago(i * MIN),
      name: null
    }))
    const doomed = versionsToThin(versions, now)
    expect(doomed).toHaveLength(30)
    expect(Math.min(...doomed)).toBe(MAX_UNNAMED + 1)
  })

  it('thins a year of ten-minute versions to a bounded number', () => {
    const versions = Array.from({ length: 6 * 24 * 365 }, (_, i) => ({
      id: i + 1,
      takenAt: ago(i * 10 * MIN),
      name: null
    }))
    const kept = versions.length - versionsToThin(versions, now).length
    expect(kept).toBeLessThanOrEqual(MAX_UNNAMED)
    expect(kept).toBeGreaterThan(144)
  })
})
