import { Trans } from 'react-i18next'
import type { Claim, StatusChange } from '../../../core/claims/claim'
import { secondCheckOf, verifiersOf } from '../../../core/claims/second-check'
import { displayTime } from '../claims/presence-text'
import { useText } from '../i18n/use-text'
import { useReviewRules } from '../review-rules'
import { useAccess } from '../room-access'

/** Props for SecondCheckBlock. */
export interface SecondCheckBlockProps {
  readonly claim: Claim
  readonly reviewerName: string
  readonly onConfirm: () => void
  readonly onSendBack: () => void
}

/**
 * Who verified a claim and who confirmed it, in rooms with the second check; a member other
 * than the verifier may confirm, or send it back with the status note as the reason.
 */
export function SecondCheckBlock({
  claim,
  reviewerName,
  onConfirm,
  onSendBack
}: SecondCheckBlockProps) {
  const { t } = useText()
  const rules = useReviewRules()
  const mayCheck = useAccess().can('check')
  if (!rules.secondCheck || claim.status !== 'verified') return null
  const check = secondCheckOf(claim.history)
  if (check.kind === 'not-verified') return null
  const mine = verifiersOf(check).includes(reviewerName)
  return (
    <div className="second-check" role="group" aria-label={t('panel.secondCheck.group')}>
      <p>
        {check.kind === 'confirmed' ? (
          <Trans
            t={t}
            i18nKey="panel.secondCheck.confirmed"
            components={{
              verifiers: <People changes={check.verifications} />,
              confirmers: <People changes={check.confirmations} />
            }}
          />
        ) : (
          <Trans
            t={t}
            i18nKey="panel.secondCheck.awaiting"
            components={{ verifiers: <People changes={check.verifications} /> }}
          />
        )}
      </p>
      {check.kind === 'awaiting' && mayCheck && !mine && (
        <div className="inline">
          <button type="button" onClick={onConfirm}>
            {t('panel.secondCheck.confirm')}
          </button>
          <button type="button" onClick={onSendBack}>
            {t('panel.secondCheck.sendBack')}
          </button>
          <span className="muted">{t('panel.secondCheck.sendBackNeedsNote')}</span>
        </div>
      )}
      {check.kind === 'awaiting' && mine && (
        <p className="muted">{t('panel.secondCheck.notYours')}</p>
      )}
    </div>
  )
}

/** Each member with the time of their change: "Ana (18 Nov 2025, 09:30), Bo (…)". */
function People({ changes }: { changes: readonly StatusChange[] }) {
  const { t, locale } = useText()
  return (
    <>
      {changes.map((change, index) => (
        <span key={change.id}>
          {index > 0 && t('common.listSeparator')}
          <Trans
            t={t}
            i18nKey="panel.secondCheck.person"
            values={{ name: change.author, time: displayTime(change.at, locale) }}
            components={{ strong: <strong />, time: <time dateTime={change.at} /> }}
          />
        </span>
      ))}
    </>
  )
}
