import { Trans } from 'react-i18next'
import type { Claim } from '../../../core/claims/claim'
import { claimVerdict, verdictKey, verdictLabel } from '../../../core/claims/verdict'
import { translator } from '../../../core/i18n/translator'
import type { PeerPresence } from '../../../collab/presence'
import { assigneeText } from '../claims/claim-list'
import { viewingSentence } from '../claims/presence-text'
import { useText } from '../i18n/use-text'
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
  const { t, locale } = useText()
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
          {verdictLabel(verdict, translator(locale))}
        </span>
        {isDetached && <span className="flag flag--detached">{t('panel.list.detached')}</span>}
        {sourceCount === 0 ? (
          <span className="flag">{t('panel.list.noSource')}</span>
        ) : (
          <span>{t('panel.list.sources', { count: sourceCount })}</span>
        )}
        <span>{t('panel.list.comments', { count: commentCount })}</span>
      </span>
      <span className="claim-entry__facts">
        <span>{assigneeText(claim.assignee, t)}</span>
        {viewers.length > 0 && <Viewers viewers={viewers} />}
      </span>
    </button>
  )
}

/** Other reviewers who have a claim open, each name in their caret colour. */
export function Viewers({ viewers }: { viewers: readonly PeerPresence[] }) {
  const { t, locale } = useText()
  const names = viewers.map((viewer) => (
    <span key={viewer.clientId} className="viewer" style={{ borderColor: viewer.color }}>
      <span className="swatch" style={{ backgroundColor: viewer.color }} aria-hidden="true" />
      {viewer.name}
    </span>
  ))
  return (
    <span className="viewers" title={viewingSentence(viewers, translator(locale))}>
      <Trans
        t={t}
        i18nKey="panel.viewers.chips"
        count={viewers.length}
        components={{ names: <>{names}</> }}
      />
    </span>
  )
}
