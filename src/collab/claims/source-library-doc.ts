/**
 * The room's source library with ids. Sources stay in the briefing's 'sources' Y.Array as
 * { name, url }; the id is derived from the URL, so existing rooms need no migration and a link
 * added by two reviewers at once reads back as one source.
 */
import type * as Y from 'yjs'
import type { SourceEntry } from '../../core/briefing'
import {
  buildLibrary,
  validateNewSource,
  type LibrarySource
} from '../../core/claims/source-library'
import type { Result } from '../../core/claims/result'
import { readSources, sourceList } from '../briefing-doc'

/** The library with ids, in the order sources were added, each link once. */
export function readSourceLibrary(doc: Y.Doc): LibrarySource[] {
  return buildLibrary(readSources(doc))
}

/** Adds a source a reviewer typed, after the same checks as everywhere else. */
export function addSourceToLibrary(doc: Y.Doc, input: SourceEntry): Result<LibrarySource> {
  const checked = validateNewSource(input, readSourceLibrary(doc))
  if (checked.ok) sourceList(doc).push([{ name: checked.value.name, url: checked.value.url }])
  return checked
}

/** Calls `onLibrary` with the library now and after every change; returns unsubscribe. */
export function observeSourceLibrary(
  doc: Y.Doc,
  onLibrary: (library: LibrarySource[]) => void
): () => void {
  const list = sourceList(doc)
  const handleChange = (): void => onLibrary(readSourceLibrary(doc))
  list.observe(handleChange)
  handleChange()
  return () => list.unobserve(handleChange)
}
