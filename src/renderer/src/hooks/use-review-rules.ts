/** The room's review rules, live: set in the room, else the server's default. */
import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import type { ReviewRules } from '../../../core/claims/second-check'
import { observeReviewRules, readReviewRules } from '../../../collab/room-settings'

/** Follows the room's rules; `teamServer` decides the default (the second check is on there). */
export function useRoomReviewRules(doc: Y.Doc, teamServer: boolean): ReviewRules {
  const defaults = teamServer
  const [rules, setRules] = useState<ReviewRules>(() =>
    readReviewRules(doc, { secondCheck: defaults })
  )
  useEffect(() => observeReviewRules(doc, { secondCheck: defaults }, setRules), [doc, defaults])
  return rules
}
