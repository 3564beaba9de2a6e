/**
 * The room's source library: every source gets an id derived from its URL, so the same link
 * added twice (even by two reviewers at once) is one source, and old rooms need no migration.
 */
import type { SourceEntry } from '../briefing'
import { parseHttpUrl } from '../source-line'
import type { Claim } from './claim'
import { MAX_SOURCE_URL_LENGTH, characterCount, validateSourceName } from './limits'
import { message } from '../i18n/message'
import { ok, refuse, type Result } from './result'

/** A source in the library, with the id claims cite it by. */
export interface LibrarySource extends SourceEntry {
  readonly id: string
}

/** A library source and the claims that cite it, in claim order. */
export interface CitedSource extends LibrarySource {
  readonly citedBy: readonly string[]
}

/** The id of the source at `url`: its normalised URL; callers treat it as opaque. */
export function sourceIdForUrl(url: string): string | null {
  return parseHttpUrl(url)?.href ?? null
}

/** Library sources from stored entries, first entry winning per id, unusable entries skipped. */
export function buildLibrary(entries: readonly SourceEntry[]): LibrarySource[] {
  const byId = new Map<string, LibrarySource>()
  for (const entry of entries) {
    const id = sourceIdForUrl(entry.url)
    if (id !== null && !byId.has(id)) byId.set(id, { id, name: entry.name, url: id })
  }
  return [...byId.values()]
}

/** A source a reviewer typed, checked against the limits and the library it would join. */
export function validateNewSource(
  input: SourceEntry,
  library: readonly LibrarySource[]
): Result<LibrarySource> {
  const rawUrl = input.url.trim()
  if (rawUrl.length === 0) return refuse(message('claim.refusal.sourceUrlMissing'))
  const length = characterCount(rawUrl)
  if (length > MAX_SOURCE_URL_LENGTH) {
    return refuse(message('claim.refusal.sourceUrlTooLong', { length, max: MAX_SOURCE_URL_LENGTH }))
  }
  const url = parseHttpUrl(rawUrl)
  if (url === null) return refuse(message('claim.refusal.sourceNotHttp', { url: rawUrl }))
  const existing = library.find((source) => source.id === url.href)
  if (existing) return refuse(message('claim.refusal.sourceInLibrary', { name: existing.name }))
  // A blank name falls back to the host, as a bare URL in a briefing does.
  const name = validateSourceName(input.name.trim() || url.hostname.replace(/^www\./, ''))
  if (!name.ok) return name
  return ok({ id: url.href, name: name.value, url: url.href })
}

/** Which claims cite each source id, in claim order. */
export function citations(claims: readonly Claim[]): Map<string, string[]> {
  const bySource = new Map<string, string[]>()
  for (const claim of claims) {
    for (const sourceId of claim.sourceIds) {
      bySource.set(sourceId, [...(bySource.get(sourceId) ?? []), claim.id])
    }
  }
  return bySource
}

/** Every library source with the claims citing it. */
export function citedSources(
  library: readonly LibrarySource[],
  claims: readonly Claim[]
): CitedSource[] {
  const bySource = citations(claims)
  return library.map((source) => ({ ...source, citedBy: bySource.get(source.id) ?? [] }))
}

/** Claims citing no source that is in the library: flagged, since nothing backs them yet. */
export function claimsWithoutSource(
  claims: readonly Claim[],
  library: readonly LibrarySource[]
): Claim[] {
  const known = new Set(library.map((source) => source.id))
  return claims.filter((claim) => !claim.sourceIds.some((id) => known.has(id)))
}

/** Library sources no claim cites: flagged, since the briefing may rely on them unchecked. */
export function uncitedSources(
  library: readonly LibrarySource[],
  claims: readonly Claim[]
): LibrarySource[] {
  const cited = citations(claims)
  return library.filter((source) => !cited.has(source.id))
}
