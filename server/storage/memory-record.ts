/** The record port kept in memory, for tests and throwaway servers (see record-store.ts). */
import type { ActivityEntry } from '../../src/core/record/activity'
import type { NewActivity, NewVersion, RecordStore, VersionInfo } from './record-store'
import { settle } from './settle'

/** A memory record, plus the synchronous append the memory storage uses inside its writes. */
export interface MemoryRecord extends RecordStore {
  readonly appendNow: (room: string, entries: readonly NewActivity[]) => void
}

/** Creates an empty record; `isOpen` says whether its storage is still open. */
export function createMemoryRecord(isOpen: () => boolean): MemoryRecord {
  const activity = new Map<string, ActivityEntry[]>()
  const versions = new Map<string, { info: VersionInfo; state: Uint8Array; content?: string }[]>()
  let lastSeq = 0
  let lastVersionId = 0
  const whenOpen = <T>(work: () => T): Promise<T> =>
    settle(() => {
      if (!isOpen()) throw new Error('storage is closed')
      return work()
    })
  const appendNow = (room: string, entries: readonly NewActivity[]): void => {
    const list = activity.get(room) ?? []
    for (const entry of entries) list.push({ ...entry, seq: (lastSeq += 1) })
    activity.set(room, list)
  }
  return {
    appendNow,
    appendActivity: (room, entries) => whenOpen(() => appendNow(room, entries)),
    listActivity: (room, options = {}) =>
      whenOpen(() =>
        (activity.get(room) ?? [])
          .filter((entry) => entry.seq > (options.afterSeq ?? 0))
          .slice(0, options.limit ?? Infinity)
      ),
    saveVersion: (room, version: NewVersion, state) =>
      whenOpen(() => {
        const info: VersionInfo = { ...version, id: (lastVersionId += 1), bytes: state.length }
        versions.set(room, [...(versions.get(room) ?? []), { info, state: state.slice() }])
        return info
      }),
    listVersions: (room) =>
      whenOpen(() => (versions.get(room) ?? []).map(({ info }) => info).reverse()),
    readVersion: (room, id) =>
      whenOpen(() =>
        versions
          .get(room)
          ?.find(({ info }) => info.id === id)
          ?.state.slice()
      ),
    setVersionContent: (room, id, content) =>
      whenOpen(() => {
        const version = versions.get(room)?.find(({ info }) => info.id === id)
        if (version) version.content = content
      }),
    readVersionContent: (room, id) =>
      whenOpen(() => versions.get(room)?.find(({ info }) => info.id === id)?.content),
    deleteVersions: (room, ids) =>
      whenOpen(() => {
        const list = versions.get(room) ?? []
        const doomed = new Set(ids)
        const kept = list.filter(({ info }) => !doomed.has(info.id) || info.name !== null)
        versions.set(room, kept)
        return list.length - kept.length
      })
  }
}
