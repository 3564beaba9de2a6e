import { memo, useMemo } from 'react'
import type { Claim } from '../../../core/claims/claim'
import { progressHeadline, verificationProgress } from '../../../core/claims/progress'
import { verdictKeyLabel } from '../../../core/claims/verdict'
import { translator } from '../../../core/i18n/translator'
import { useText } from '../i18n/use-text'
import { shownVerdictKeys, useReviewRules } from '../review-rules'

/** The "Verification progress" region: a headline and the count of claims in each status. */
export const VerificationProgress = memo(function VerificationProgress({
  claims
}: {
  claims: readonly Claim[]
}) {
  // Counts every claim: only when the claims change, not whenever the side panel re-renders.
  const { t, text, locale } = useText()
  const rules = useReviewRules()
  const progress = useMemo(() => verificationProgress(claims, rules), [claims, rules])
  const keys = shownVerdictKeys(rules)
  return (
    <section className="side-card progress" aria-label={t('panel.progress.heading')}>
      <h2>{t('panel.progress.heading')}</h2>
      <p className="progress__headline">{text(progressHeadline(progress))}</p>
      {progress.total > 0 && (
        <div className="progress__bar" aria-hidden="true">
          {keys.map((key) => (
            <span
              key={key}
              className={`progress__part status-badge--${key}`}
              style={{ flexGrow: progress.counts[key] }}
            />
          ))}
        </div>
      )}
      <dl className="progress__counts">
        {keys.map((key) => (
          <div key={key}>
            <dt>{verdictKeyLabel(key, translator(locale))}</dt>
            <dd>{progress.counts[key]}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
})
