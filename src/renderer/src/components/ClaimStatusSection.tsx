import { useState, type ChangeEvent } from 'react'
import { Trans } from 'react-i18next'
import type { Claim } from '../../../core/claims/claim'
import { statusConflict } from '../../../core/claims/conflict'
import { CLAIM_STATUSES, isClaimStatus, statusLabel } from '../../../core/claims/status'
import type { ClaimStatus } from '../../../core/claims/status'
import type { Result } from '../../../core/claims/result'
import type { Message } from '../../../core/i18n/message'
import { translator } from '../../../core/i18n/translator'
import { displayTime } from '../claims/presence-text'
import { useText } from '../i18n/use-text'
import { useAccess } from '../room-access'
import { Field } from './Field'
import { SecondCheckBlock } from './SecondCheckBlock'

/** Props for ClaimStatusSection. */
export interface ClaimStatusSectionProps {
  readonly claim: Claim
  readonly onSetStatus: (to: ClaimStatus, note: string) => Result<unknown>
  readonly reviewerName: string
  readonly onConfirm: (note: string) => Result<unknown>
  readonly onSendBack: (note: string) => Result<unknown>
}

/** The status select with an optional note, any conflict to settle, and the status history. */
export function ClaimStatusSection({
  claim,
  onSetStatus,
  reviewerName,
  onConfirm,
  onSendBack
}: ClaimStatusSectionProps) {
  const { t, text, locale } = useText()
  const tr = translator(locale)
  const [note, setNote] = useState('')
  const [refusal, setRefusal] = useState<Message | null>(null)
  const conflict = statusConflict(claim.history)
  const mayCheck = useAccess().can('check')

  const settle = (result: Result<unknown>): void => {
    setRefusal(result.ok ? null : result.reason)
    if (result.ok) setNote('')
  }
  const apply = (to: ClaimStatus): void => settle(onSetStatus(to, note))
  const handleSelect = (event: ChangeEvent<HTMLSelectElement>): void => {
    if (isClaimStatus(event.target.value)) apply(event.target.value)
  }

  return (
    <div className="detail-block">
      {!mayCheck && <p>{t('panel.status.readOnly', { status: statusLabel(claim.status, tr) })}</p>}
      {mayCheck && (
        <div className="detail-row detail-row--stacked">
          <Field label={t('panel.status.label')}>
            {(id) => (
              <select id={id} value={claim.status} onChange={handleSelect}>
                {CLAIM_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {statusLabel(status, tr)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('panel.status.noteLabel')}>
            {(id) => (
              <input
                id={id}
                value={note}
                onChange={(event) => setNote(event.target.value)}
                placeholder={t('panel.status.notePlaceholder')}
              />
            )}
          </Field>
        </div>
      )}
      <SecondCheckBlock
        claim={claim}
        reviewerName={reviewerName}
        onConfirm={() => settle(onConfirm(note))}
        onSendBack={() => settle(onSendBack(note))}
      />
      {refusal && (
        <p role="alert" className="error">
          {text(refusal)}
        </p>
      )}
      {conflict && (
        <div className="conflict" role="group" aria-label={t('panel.status.conflictGroup')}>
          <p>
            <Trans t={t} i18nKey="panel.status.conflictIntro" components={{ strong: <strong /> }} />
          </p>
          <ul>
            {conflict.changes.map((change) => (
              <li key={change.id}>
                <Trans
                  t={t}
                  i18nKey="panel.status.conflictChange"
                  values={{
                    author: change.author,
                    status: statusLabel(change.to, tr),
                    time: displayTime(change.at, locale)
                  }}
                  components={{ strong: <strong />, time: <time dateTime={change.at} /> }}
                />
              </li>
            ))}
          </ul>
          {mayCheck && (
            <div className="inline">
              {conflict.statuses.map((status) => (
                <button key={status} type="button" onClick={() => apply(status)}>
                  {t('panel.status.keep', { status: statusLabel(status, tr) })}
                </button>
              ))}
            </div>
          )}
        </div>
      )}
      <StatusHistory claim={claim} />
    </div>
  )
}

function StatusHistory({ claim }: { claim: Claim }) {
  const { t, locale } = useText()
  const tr = translator(locale)
  if (claim.history.length === 0) {
    return <p className="muted">{t('panel.status.unchanged')}</p>
  }
  return (
    <details className="status-history">
      <summary>{t('panel.status.history', { count: claim.history.length })}</summary>
      <ol>
        {[...claim.history].reverse().map((change) => (
          <li key={change.id}>
            <Trans
              t={t}
              i18nKey={historyKey(change)}
              values={{
                author: change.author,
                from: statusLabel(change.from, tr),
                to: statusLabel(change.to, tr),
                time: displayTime(change.at, locale)
              }}
              components={{ time: <time dateTime={change.at} /> }}
            />
            {change.note && <q className="status-note">{change.note}</q>}
          </li>
        ))}
      </ol>
    </details>
  )
}

/** What one history entry did, as the history lists it: one whole sentence per action. */
function historyKey(change: Claim['history'][number]) {
  if (change.action === 'confirm') return 'panel.status.confirmed'
  if (change.action === 'send-back') return 'panel.status.sentBack'
  return 'panel.status.changed'
}
