/** What the claims list shows: which claims, in which order, which are detached, and to whom. */
import type { TFunction } from 'i18next'
import type { Claim } from '../../../core/claims/claim'
import { claimVerdict, verdictKey, type VerdictKey } from '../../../core/claims/verdict'
import type { AnchorSnapshot } from '../../../collab/claims/anchor-watch'
import type { ReviewRules } from '../../../core/claims/second-check'

/** The list's filters: a status, Conflict or all, and whether only the reviewer's own claims show. */
export interface ClaimFilter {
  readonly status: VerdictKey | 'all'
  readonly assignedToMe: boolean
}

/** No filtering. */
export const ALL_CLAIMS: ClaimFilter = { status: 'all', assignedToMe: false }

/** The claims that pass the filter, in the order given. */
export function filterClaims(
  claims: readonly Claim[],
  filter: ClaimFilter,
  me: string,
  rules?: ReviewRules
): Claim[] {
  return claims.filter(
    (claim) =>
      (filter.status === 'all' || verdictKey(claimVerdict(claim, rules)) === filter.status) &&
      (!filter.assignedToMe || claim.assignee === me)
  )
}

/**
 * Claims in document order; claims not (yet) found in the text follow in creation order, so a
 * detached claim stays listed and a just-tagged one shows before the text has been walked.
 */
export function inDocumentOrder(claims: readonly Claim[], anchored: readonly string[]): Claim[] {
  const position = new Map(anchored.map((id, index) => [id, index]))
  const placed = claims.filter((claim) => position.has(claim.id))
  placed.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0))
  return [...placed, ...claims.filter((claim) => !position.has(claim.id))]
}

/** Claims known to have lost all their text: checked by the last walk and not found. */
export function detachedClaimIds(snapshot: AnchorSnapshot | null): Set<string> {
  if (snapshot === null) return new Set()
  const anchored = new Set(snapshot.anchored)
  return new Set([...snapshot.checked].filter((id) => !anchored.has(id)))
}

/** "Assigned to Bob" or "Unassigned", with the `t` of the reader's language. */
export function assigneeText(assignee: string | null, t: TFunction): string {
  return assignee
    ? t('panel.assignee.assignedTo', { name: assignee })
    : t('panel.assignee.unassigned')
}
