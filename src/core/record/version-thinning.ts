/**
 * Which of a room's versions to let go, so their total stays bounded however long a room
 * lives: every named version stays; of the rest, all from the last day, then the newest of
 * each hour for a week, the newest of each day for a month, the newest of each week after,
 * and never more than MAX_UNNAMED in all (the oldest go first).
 */

/** What thinning reads of a version. */
export interface ThinnableVersion {
  readonly id: number
  /** ISO 8601 time it was taken. */
  readonly takenAt: string
  /** Named versions are kept for as long as the room exists. */
  readonly name: string | null
}

/** Most unnamed versions a room keeps. */
export const MAX_UNNAMED = 200

const HOUR = 3_600_000
const DAY = 24 * HOUR

/** Bucket width by age: how many versions of that age survive. */
function bucketOf(ageMs: number, takenMs: number): string | null {
  if (ageMs < DAY) return null
  if (ageMs < 7 * DAY) return `h${Math.floor(takenMs / HOUR)}`
  if (ageMs < 30 * DAY) return `d${Math.floor(takenMs / DAY)}`
  return `w${Math.floor(takenMs / (7 * DAY))}`
}

/** The ids of the versions to delete at `now` (ISO 8601). */
export function versionsToThin(versions: readonly ThinnableVersion[], now: string): number[] {
  const nowMs = Date.parse(now)
  const unnamed = versions
    .filter((version) => version.name === null)
    .map((version) => ({ id: version.id, ms: Date.parse(version.takenAt) }))
    // Newest first, so the first of each bucket is the one kept; ids break ties.
    .sort((a, b) => b.ms - a.ms || b.id - a.id)
  const seen = new Set<string>()
  const doomed: number[] = []
  let kept = 0
  for (const version of unnamed) {
    const bucket = Number.isNaN(version.ms)
      ? 'unreadable'
      : bucketOf(nowMs - version.ms, version.ms)
    const duplicate = bucket !== null && seen.has(bucket)
    if (bucket !== null) seen.add(bucket)
    if (duplicate || kept >= MAX_UNNAMED) doomed.push(version.id)
    else kept += 1
  }
  return doomed
}
