import type { Claim, StatusChange } from '../../../core/claims/claim'
import { secondCheckOf, verifiersOf } from '../../../core/claims/second-check'
import { displayTime } from '../claims/presence-text'
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
  const rules = useReviewRules()
  const mayCheck = useAccess().can('check')
  if (!rules.secondCheck || claim.status !== 'verified') return null
  const check = secondCheckOf(claim.history)
  if (check.kind === 'not-verified') return null
  const mine = verifiersOf(check).includes(reviewerName)
  return (
    <div className="second-check" role="group" aria-label="Second check">
      <p>
        Verified by <People changes={check.verifications} />
        {check.kind === 'confirmed' ? (
          <>
            {' '}
            · confirmed by <People changes={check.confirmations} />
          </>
        ) : (
          <> · awaiting second check</>
        )}
      </p>
      {check.kind === 'awaiting' && mayCheck && !mine && (
        <div className="inline">
          <button type="button" onClick={onConfirm}>
            Confirm verification
          </button>
          <button type="button" onClick={onSendBack}>
            Send back
          </button>
          <span className="muted">Sending back needs a status note saying why.</span>
        </div>
      )}
      {check.kind === 'awaiting' && mine && (
        <p className="muted">Another member with the checker role must confirm it.</p>
      )}
    </div>
  )
}

function People({ changes }: { changes: readonly StatusChange[] }) {
  return (
    <>
      {changes.map((change, index) => (
        <span key={change.id}>
          {index > 0 && ', '}
          <strong>{change.author}</strong> (
          <time dateTime={change.at}>{displayTime(change.at)}</time>)
        </span>
      ))}
    </>
  )
}
