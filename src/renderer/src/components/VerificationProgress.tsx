import { memo, useMemo } from 'react'
import type { Claim } from '../../../core/claims/claim'
import { progressSentence, verificationProgress } from '../../../core/claims/progress'
import { CLAIM_STATUSES, statusLabel } from '../../../core/claims/status'

/** The "Verification progress" region: a headline and the count of claims in each status. */
export const VerificationProgress = memo(function VerificationProgress({
  claims
}: {
  claims: readonly Claim[]
}) {
  // Counts every claim: only when the claims change, not whenever the side panel re-renders.
  const progress = useMemo(() => verificationProgress(claims), [claims])
  return (
    <section className="side-card progress" aria-label="Verification progress">
      <h2>Verification progress</h2>
      <p className="progress__headline">{progressSentence(progress)}</p>
      {progress.total > 0 && (
        <div className="progress__bar" aria-hidden="true">
          {CLAIM_STATUSES.map((status) => (
            <span
              key={status}
              className={`progress__part status-badge--${status}`}
              style={{ flexGrow: progress.counts[status] }}
            />
          ))}
        </div>
      )}
      <dl className="progress__counts">
        {CLAIM_STATUSES.map((status) => (
          <div key={status}>
            <dt>{statusLabel(status)}</dt>
            <dd>{progress.counts[status]}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
})
