/** The room's claims as React state, live for every reviewer. */
import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import type { Claim } from '../../../core/claims/claim'
import { observeClaims } from '../../../collab/claims/claims-doc'

/** Every claim in creation order, re-rendering on any change to any claim. */
export function useClaims(doc: Y.Doc): readonly Claim[] {
  const [claims, setClaims] = useState<readonly Claim[]>([])
  useEffect(() => observeClaims(doc, setClaims), [doc])
  return claims
}
