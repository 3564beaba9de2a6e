/** One claim's comments as React state. */
import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import type { Comment } from '../../../core/claims/claim'
import { observeClaimComments } from '../../../collab/claims/claim-comments-doc'

/** The open claim's comments in stored order, live. */
export function useClaimComments(doc: Y.Doc, claimId: string): readonly Comment[] {
  const [comments, setComments] = useState<readonly Comment[]>([])
  useEffect(() => observeClaimComments(doc, claimId, setComments), [doc, claimId])
  return comments
}
