import type { Claim } from '../../../core/claims/claim'
import { claimVerdict, verdictKey, verdictLabel } from '../../../core/claims/verdict'
import type { PeerPresence } from '../../../collab/presence'
import { viewingSentence } from '../claims/presence-text'
import { useReviewRules } from '../review-rules'

/** Props for ClaimListItem. */
export interface ClaimListItemProps {
  readonly claim: Claim
  readonly isOpen: boolean
  readonly isDetached: boolean
  /** How many cited sources are in the library; zero flags the claim. */
  readonly sourceCount: number
  readonly commentCount: number
  readonly viewers: readonly PeerPresence[]
  readonly onOpen: (claimId: string) => void
}

/** One entry of the claims list: quote, status, sources, assignee, comments and who is viewing. */
export function ClaimListItem({
  claim,
  isOpen,
  isDetached,
  sourceCount,
  commentCount,
  viewers,
  onOpen
}: ClaimListItemProps) {
  const handleClick = (): void => onOpen(claim.id)
  const verdict = claimVerdict(claim, useReviewRules())
  return (
    <button
      type="button"
      className={`claim-entry${isOpen ? ' claim-entry--open' : ''}`}
      aria-current={isOpen ? 'true' : undefined}
      onClick={handleClick}
    >
      <q className="claim-entry__quote">{claim.quote}</q>
      <span className="claim-entry__facts">
        <span className={`status-badge status-badge--${verdictKey(verdict)}`}>
          {verdictLabel(verdict)}
        </span>
        {isDetached && <span className="flag flag--detached">Detached</span>}
        {sourceCount === 0 ? (
          <span className="flag">No source</span>
        ) : (
          <span>{sourceCount === 1 ? '1 source' : `${sourceCount} sources`}</span>
        )}
        <span>{commentCount === 1 ? '1 comment' : `${commentCount} comments`}</span>
      </span>
      <span className="claim-entry__facts">
        <span>{claim.assignee ? `Assigned to ${claim.assignee}` : 'Unassigned'}</span>
        {viewers.length > 0 && <Viewers viewers={viewers} />}
      </span>
    </button>
  )
}

/** Other reviewers who have a claim open, each name in their caret colour. */
export function Viewers({ viewers }: { viewers: readonly PeerPresence[] }) {
  return (
    <span className="viewers" title={viewingSentence(viewers)}>
      {viewers.map((viewer) => (
        <span key={viewer.clientId} className="viewer" style={{ borderColor: viewer.color }}>
          <span className="swatch" style={{ backgroundColor: viewer.color }} aria-hidden="true" />
          {viewer.name}
        </span>
      ))}{' '}
      {viewers.length === 1 ? 'is viewing' : 'are viewing'}
    </span>
  )
}
