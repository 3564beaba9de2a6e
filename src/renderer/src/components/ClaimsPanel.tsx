import { useId, useMemo, useState, type ChangeEvent } from 'react'
import type { Claim } from '../../../core/claims/claim'
import type { LibrarySource } from '../../../core/claims/source-library'
import { VERDICT_KEYS, verdictKeyLabel, type VerdictKey } from '../../../core/claims/verdict'
import type { PeerPresence } from '../../../collab/presence'
import { ALL_CLAIMS, filterClaims, type ClaimFilter } from '../claims/claim-list'
import { ClaimListItem } from './ClaimListItem'
import { VirtualList } from './VirtualList'
import { Field } from './Field'
import { shownVerdictKeys, useReviewRules } from '../review-rules'
import { useText } from '../i18n/use-text'
import { translator } from '../../../core/i18n/translator'

/** Height of one list entry; ClaimListItem's CSS keeps its content within it. */
const ROW_HEIGHT = 104
/** About five entries before the list scrolls. */
const LIST_MAX_HEIGHT = ROW_HEIGHT * 5

/** Props for ClaimsPanel. */
export interface ClaimsPanelProps {
  /** Every claim, already in the order the list shows them. */
  readonly claims: readonly Claim[]
  readonly library: readonly LibrarySource[]
  readonly detachedIds: ReadonlySet<string>
  readonly viewersByClaim: ReadonlyMap<string, readonly PeerPresence[]>
  readonly reviewerName: string
  readonly openClaimId: string | null
  /** Comment count of one claim; asked only for the rows on screen. */
  readonly commentCount: (claimId: string) => number
  readonly onOpenClaim: (claimId: string) => void
}

/** The claims list with its filters. */
export function ClaimsPanel({
  claims,
  library,
  detachedIds,
  viewersByClaim,
  reviewerName,
  openClaimId,
  commentCount,
  onOpenClaim
}: ClaimsPanelProps) {
  const headingId = useId()
  const { t, locale } = useText()
  const [filter, setFilter] = useState<ClaimFilter>(ALL_CLAIMS)
  const rules = useReviewRules()
  const shown = useMemo(
    () => filterClaims(claims, filter, reviewerName, rules),
    [claims, filter, reviewerName, rules]
  )
  const known = useMemo(() => new Set(library.map((source) => source.id)), [library])
  const openIndex = shown.findIndex((claim) => claim.id === openClaimId)

  const handleStatus = (event: ChangeEvent<HTMLSelectElement>): void => {
    const status = event.target.value
    const key = VERDICT_KEYS.find((candidate: VerdictKey) => candidate === status) ?? 'all'
    setFilter((current) => ({ ...current, status: key }))
  }
  const handleMine = (event: ChangeEvent<HTMLInputElement>): void => {
    const assignedToMe = event.target.checked
    setFilter((current) => ({ ...current, assignedToMe }))
  }

  return (
    <section className="side-card claims-panel">
      <h2 id={headingId}>{t('panel.list.heading')}</h2>
      <div className="claims-filters">
        <Field label={t('panel.list.filterByStatus')} className="claims-filters__status">
          {(id) => (
            <select id={id} value={filter.status} onChange={handleStatus}>
              <option value="all">{t('panel.list.allStatuses')}</option>
              {shownVerdictKeys(rules).map((key) => (
                <option key={key} value={key}>
                  {verdictKeyLabel(key, translator(locale))}
                </option>
              ))}
            </select>
          )}
        </Field>
        <label className="checkbox">
          <input type="checkbox" checked={filter.assignedToMe} onChange={handleMine} />
          {t('panel.list.assignedToMe')}
        </label>
      </div>
      <p className="muted claims-count" aria-live="polite">
        {claims.length === 0
          ? t('panel.list.empty')
          : t('panel.list.showing', { shown: shown.length, count: claims.length })}
      </p>
      <VirtualList
        items={shown}
        rowHeight={ROW_HEIGHT}
        maxHeight={LIST_MAX_HEIGHT}
        labelledBy={headingId}
        itemKey={(claim) => claim.id}
        revealIndex={openIndex}
        renderItem={(claim) => (
          <ClaimListItem
            claim={claim}
            isOpen={claim.id === openClaimId}
            isDetached={detachedIds.has(claim.id)}
            sourceCount={claim.sourceIds.filter((id) => known.has(id)).length}
            commentCount={commentCount(claim.id)}
            viewers={viewersByClaim.get(claim.id) ?? []}
            onOpen={onOpenClaim}
          />
        )}
      />
    </section>
  )
}
