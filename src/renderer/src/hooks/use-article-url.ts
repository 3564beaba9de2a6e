/** The address of the room's published article, live (see src/collab/room-settings.ts). */
import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { observeArticleUrl, readArticleUrl } from '../../../collab/room-settings'

/** Follows the room's article address; null while none is set. */
export function useArticleUrl(doc: Y.Doc): string | null {
  const [url, setUrl] = useState<string | null>(() => readArticleUrl(doc))
  useEffect(() => observeArticleUrl(doc, setUrl), [doc])
  return url
}
