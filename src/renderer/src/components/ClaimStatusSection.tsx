import { useState, type ChangeEvent } from 'react'
import type { Claim } from '../../../core/claims/claim'
import { statusConflict } from '../../../core/claims/conflict'
import { CLAIM_STATUSES, isClaimStatus, statusLabel } from '../../../core/claims/status'
import type { ClaimStatus } from '../../../core/claims/status'
import type { Result } from '../../../core/claims/result'
import { displayTime } from '../claims/presence-text'
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
  const [note, setNote] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const conflict = statusConflict(claim.history)
  const mayCheck = useAccess().can('check')

  const settle = (result: Result<unknown>): void => {
    setMessage(result.ok ? null : result.message)
    if (result.ok) setNote('')
  }
  const apply = (to: ClaimStatus): void => settle(onSetStatus(to, note))
  const handleSelect = (event: ChangeEvent<HTMLSelectElement>): void => {
    if (isClaimStatus(event.target.value)) apply(event.target.value)
  }

  return (
    <div className="detail-block">
      {!mayCheck && <p>Verification status: {statusLabel(claim.status)}</p>}
      {mayCheck && (
        <div className="detail-row detail-row--stacked">
          <Field label="Verification status">
            {(id) => (
              <select id={id} value={claim.status} onChange={handleSelect}>
                {CLAIM_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {statusLabel(status)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Status note">
            {(id) => (
              <input
                id={id}
                value={note}
                onChange={(event) => setNote(event.target.value)}
                placeholder="Why (optional)"
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
      {message && (
        <p role="alert" className="error">
          {message}
        </p>
      )}
      {conflict && (
        <div className="conflict" role="group" aria-label="Conflict">
          <p>
            <strong>Conflict:</strong> reviewers set different statuses without seeing each other.
          </p>
          <ul>
            {conflict.changes.map((change) => (
              <li key={change.id}>
                {change.author} set <strong>{statusLabel(change.to)}</strong> at{' '}
                <time dateTime={change.at}>{displayTime(change.at)}</time>
              </li>
            ))}
          </ul>
          {mayCheck && (
            <div className="inline">
              {conflict.statuses.map((status) => (
                <button key={status} type="button" onClick={() => apply(status)}>
                  Keep {statusLabel(status)}
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
  if (claim.history.length === 0) {
    return <p className="muted">Status not changed yet.</p>
  }
  return (
    <details className="status-history">
      <summary>Status history ({claim.history.length})</summary>
      <ol>
        {[...claim.history].reverse().map((change) => (
          <li key={change.id}>
            {change.author}: {historyAction(change)},{' '}
            <time dateTime={change.at}>{displayTime(change.at)}</time>
            {change.note && <q className="status-note">{change.note}</q>}
          </li>
        ))}
      </ol>
    </details>
  )
}

/** What one history entry did, as the history lists it. */
function historyAction(change: Claim['history'][number]): string {
  if (change.action === 'confirm') return 'confirmed the verification'
  if (change.action === 'send-back')
    return `sent it back: ${statusLabel(change.from)} → ${statusLabel(change.to)}`
  return `${statusLabel(change.from)} → ${statusLabel(change.to)}`
}
