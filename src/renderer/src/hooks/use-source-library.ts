/** The room's source library as React state. */
import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import type { LibrarySource } from '../../../core/claims/source-library'
import { observeSourceLibrary } from '../../../collab/claims/source-library-doc'

/** The library with ids, re-rendering whenever any reviewer adds a source. */
export function useSourceLibrary(doc: Y.Doc): readonly LibrarySource[] {
  const [library, setLibrary] = useState<readonly LibrarySource[]>([])
  useEffect(() => observeSourceLibrary(doc, setLibrary), [doc])
  return library
}
