/**
 * The open room's review rules for every component that shows a verdict: a Verified claim
 * awaits its second check only where the room's rule says so (see src/collab/room-settings.ts).
 */
import { createContext, useContext } from 'react'
import type { ReviewRules } from '../../core/claims/second-check'
import { SINGLE_CHECK } from '../../core/claims/second-check'
import { VERDICT_KEYS, type VerdictKey } from '../../core/claims/verdict'

/** The rules of the open room; a room outside any provider has no second check. */
export const ReviewRulesContext = createContext<ReviewRules>(SINGLE_CHECK)

/** The open room's rules. */
export function useReviewRules(): ReviewRules {
  return useContext(ReviewRulesContext)
}

/** The verdict keys worth listing under `rules`: Awaiting second check only where it can occur. */
export function shownVerdictKeys(rules: ReviewRules): readonly VerdictKey[] {
  return rules.secondCheck ? VERDICT_KEYS : VERDICT_KEYS.filter((key) => key !== 'awaiting')
}
