/**
 * The room record's API as the app uses it: the activity log, and versions to list, open,
 * save and restore. Every call resolves; the server's refusals come back as messages.
 */
import type { Claim } from '../../core/claims/claim'
import type { ActivityEntry } from '../../core/record/activity'
import { call, jsonBody, type ApiResult } from './account-api'

/** A version as listed. */
export interface VersionView {
  readonly id: number
  readonly takenAt: string
  readonly name: string | null
  readonly reason: 'auto' | 'named' | 'before-deletion' | 'before-restore'
  readonly takenBy: string | null
  readonly textLength: number
  readonly claims: number
  readonly bytes: number
}

/** A version opened read-only. */
export interface VersionContent {
  readonly text: string
  readonly claims: readonly Claim[]
}

const roomUrl = (serverUrl: string, room: string, rest: string): URL =>
  new URL(`/api/rooms/${encodeURIComponent(room)}/${rest}`, serverUrl)

function listOf<T>(body: unknown, key: string): T[] | null {
  const list = (body as Record<string, unknown> | null)?.[key]
  return Array.isArray(list) ? (list as T[]) : null
}

/** The room's activity, grouped, newest first. */
export function fetchActivity(
  fetchFn: typeof fetch,
  serverUrl: string,
  room: string
): Promise<ApiResult<ActivityEntry[]>> {
  return call(fetchFn, roomUrl(serverUrl, room, 'activity?format=json'), {}, (body) =>
    listOf<ActivityEntry>(body, 'activity')
  )
}

/** The room's versions, newest first. */
export function fetchVersions(
  fetchFn: typeof fetch,
  serverUrl: string,
  room: string
): Promise<ApiResult<VersionView[]>> {
  return call(fetchFn, roomUrl(serverUrl, room, 'versions'), {}, (body) =>
    listOf<VersionView>(body, 'versions')
  )
}

/** Saves the room as it is now under `name`; `reviewer` names the saver on an open server. */
export function saveVersion(
  fetchFn: typeof fetch,
  serverUrl: string,
  room: string,
  name: string,
  reviewer: string
): Promise<ApiResult<true>> {
  return call(
    fetchFn,
    roomUrl(serverUrl, room, 'versions'),
    { method: 'POST', ...jsonBody({ name, reviewer }) },
    () => true
  )
}

/** One version's text and claims, read-only. */
export function fetchVersion(
  fetchFn: typeof fetch,
  serverUrl: string,
  room: string,
  id: number
): Promise<ApiResult<VersionContent>> {
  return call(fetchFn, roomUrl(serverUrl, room, `versions/${id}`), {}, (body) => {
    const text = (body as { text?: unknown } | null)?.text
    const claims = listOf<Claim>(body, 'claims')
    return typeof text === 'string' && claims ? { text, claims } : null
  })
}

/** Restores a version, as a new change on top of the room now. */
export function restoreVersion(
  fetchFn: typeof fetch,
  serverUrl: string,
  room: string,
  id: number,
  reviewer: string
): Promise<ApiResult<true>> {
  return call(
    fetchFn,
    roomUrl(serverUrl, room, `versions/${id}/restore`),
    { method: 'POST', ...jsonBody({ reviewer }) },
    () => true
  )
}
