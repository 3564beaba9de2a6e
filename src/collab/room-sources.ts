/** Watching the room's source library, so the UI never observes Yjs types itself. */
import type * as Y from 'yjs'
import type { SourceEntry } from '../core/briefing'
import { readSources, sourceList } from './briefing-doc'

/** Calls `onSources` with the room's sources now and after every change; returns the unsubscribe function. */
export function subscribeSources(
  doc: Y.Doc,
  onSources: (sources: readonly SourceEntry[]) => void
): () => void {
  const list = sourceList(doc)
  const handleChange = (): void => onSources(readSources(doc))
  list.observe(handleChange)
  handleChange()
  return () => list.unobserve(handleChange)
}
