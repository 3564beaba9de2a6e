/** The room's source library as React state. */
import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import type { SourceEntry } from '../../../core/briefing'
import { subscribeSources } from '../../../collab/room-sources'

/** The room's sources, re-rendering whenever any reviewer changes them. */
export function useSources(doc: Y.Doc): readonly SourceEntry[] {
  const [sources, setSources] = useState<readonly SourceEntry[]>([])
  useEffect(() => subscribeSources(doc, setSources), [doc])
  return sources
}
