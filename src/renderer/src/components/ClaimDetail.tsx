import { useId, useState, type FormEvent, type ReactNode } from 'react'
import { Trans } from 'react-i18next'
import type * as Y from 'yjs'
import type { Claim } from '../../../core/claims/claim'
import { MAX_CLAIMANT_LENGTH, MAX_STATEMENT_LENGTH } from '../../../core/claims/limits'
import type { LibrarySource } from '../../../core/claims/source-library'
import type { Result } from '../../../core/claims/result'
import type { Message } from '../../../core/i18n/message'
import type { PeerPresence } from '../../../collab/presence'
import type { ClaimActions } from '../claims/claim-actions'
import { assigneeText } from '../claims/claim-list'
import { displayTime } from '../claims/presence-text'
import { useClaimComments } from '../hooks/use-claim-comments'
import { ClaimComments } from './ClaimComments'
import { Viewers } from './ClaimListItem'
import { ClaimSourcesSection } from './ClaimSourcesSection'
import { ClaimStatusSection } from './ClaimStatusSection'
import { LimitedText } from './LimitedText'
import { useAccess } from '../room-access'
import { Field } from './Field'
import { useText } from '../i18n/use-text'

/** Props for ClaimDetail; render it with `key={claim.id}` so drafts never leak between claims. */
export interface ClaimDetailProps {
  readonly doc: Y.Doc
  readonly claim: Claim
  readonly library: readonly LibrarySource[]
  readonly isDetached: boolean
  readonly viewers: readonly PeerPresence[]
  /** Names offered for "Assign to": reviewers present now and everyone assigned before. */
  readonly reviewerNames: readonly string[]
  readonly actions: ClaimActions
  /** The reviewer looking: who may not confirm their own verification. */
  readonly reviewerName: string
  readonly onClose: () => void
  /** The claim's own activity, for those who may read the room's log. */
  readonly activity?: ReactNode
}

/** The open claim: status, sources, statement, assignee and comments, editable as the role allows. */
export function ClaimDetail({
  doc,
  claim,
  library,
  isDetached,
  viewers,
  reviewerNames,
  actions,
  reviewerName,
  onClose,
  activity
}: ClaimDetailProps) {
  const headingId = useId()
  const { t, locale } = useText()
  const comments = useClaimComments(doc, claim.id)
  const mayCheck = useAccess().can('check')
  return (
    <section className="side-card claim-detail" aria-labelledby={headingId}>
      <div className="claim-detail__head">
        <h3 id={headingId}>{t('panel.detail.heading')}</h3>
        <button type="button" onClick={onClose}>
          {t('panel.detail.close')}
        </button>
      </div>
      <blockquote className="claim-detail__quote">{claim.quote}</blockquote>
      <p className="muted">
        <Trans
          t={t}
          i18nKey="panel.detail.taggedBy"
          values={{ name: claim.createdBy, time: displayTime(claim.createdAt, locale) }}
          components={{ time: <time dateTime={claim.createdAt} /> }}
        />
      </p>
      {isDetached && <p className="flag flag--detached">{t('panel.detail.detached')}</p>}
      {viewers.length > 0 && (
        <p>
          <Viewers viewers={viewers} />
        </p>
      )}
      <ClaimStatusSection
        claim={claim}
        onSetStatus={(to, note) => actions.setStatus(claim.id, to, note)}
        reviewerName={reviewerName}
        onConfirm={(note) => actions.confirm(claim.id, note)}
        onSendBack={(note) => actions.sendBack(claim.id, note)}
      />
      <ClaimSourcesSection
        claim={claim}
        library={library}
        onAttach={(input) => actions.attachSource(claim.id, input, library)}
        onDetach={(sourceId) => actions.detachSource(claim.id, sourceId)}
      />
      {mayCheck ? (
        <>
          <StatementField claim={claim} onSave={(text) => actions.editStatement(claim.id, text)} />
          <ClaimantField claim={claim} onSave={(name) => actions.editClaimant(claim.id, name)} />
          <AssigneeField
            claim={claim}
            reviewerNames={reviewerNames}
            onAssign={(name) => actions.assign(claim.id, name)}
          />
        </>
      ) : (
        <div className="detail-block">
          <h4>{t('panel.detail.claimHeading')}</h4>
          <p>{claim.statement}</p>
          {claim.claimant !== undefined && (
            <p>{t('panel.detail.claimedBy', { name: claim.claimant })}</p>
          )}
          <p>{assigneeText(claim.assignee, t)}</p>
        </div>
      )}
      <ClaimComments
        comments={comments}
        onComment={(text) => actions.comment(claim.id, text)}
        onReply={(parentId, text) => actions.reply(claim.id, parentId, text)}
      />
      {activity && (
        <details className="detail-block claim-activity">
          <summary>{t('panel.detail.activity')}</summary>
          {activity}
        </details>
      )}
    </section>
  )
}

type Save = (value: string) => Result<unknown>

/** The statement, saved on blur or with "Save". */
function StatementField({ claim, onSave }: { claim: Claim; onSave: Save }) {
  const { t } = useText()
  return (
    <DraftForm saved={claim.statement} onSave={onSave}>
      {(value, setDraft, save) => (
        <LimitedText
          label={t('panel.detail.statementLabel')}
          value={value}
          limit={MAX_STATEMENT_LENGTH}
          onChange={setDraft}
          onBlur={save}
        />
      )}
    </DraftForm>
  )
}

/** Who made the claim, saved on blur or with "Save"; blank means unknown. */
function ClaimantField({ claim, onSave }: { claim: Claim; onSave: Save }) {
  const { t } = useText()
  return (
    <DraftForm saved={claim.claimant ?? ''} onSave={onSave}>
      {(value, setDraft, save) => (
        <Field label={t('panel.detail.claimantLabel')}>
          {(id) => (
            <input
              id={id}
              value={value}
              maxLength={MAX_CLAIMANT_LENGTH}
              onChange={(event) => setDraft(event.target.value)}
              onBlur={save}
            />
          )}
        </Field>
      )}
    </DraftForm>
  )
}

/**
 * A claim field edited as a draft, saved on blur or with "Save", with the refusal beside it. The
 * draft survives others' edits until saved; one that trims to the saved value saves nothing.
 */
function DraftForm({
  saved,
  onSave,
  children
}: {
  saved: string
  onSave: Save
  children: (value: string, setDraft: (draft: string) => void, save: () => void) => ReactNode
}) {
  const { t, text } = useText()
  const [draft, setDraft] = useState<string | null>(null)
  const [refusal, setRefusal] = useState<Message | null>(null)

  const save = (): void => {
    if (draft === null || draft.trim() === saved) return setDraft(null)
    const result = onSave(draft)
    setRefusal(result.ok ? null : result.reason)
    if (result.ok) setDraft(null)
  }
  const handleSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault()
    save()
  }

  return (
    <form className="detail-block" onSubmit={handleSubmit}>
      {children(draft ?? saved, setDraft, save)}
      {refusal && (
        <p role="alert" className="error">
          {text(refusal)}
        </p>
      )}
      <button type="submit" disabled={draft === null}>
        {t('panel.detail.save')}
      </button>
    </form>
  )
}

function AssigneeField({
  claim,
  reviewerNames,
  onAssign
}: {
  claim: Claim
  reviewerNames: readonly string[]
  onAssign: Save
}) {
  const listId = useId()
  const { t, text } = useText()
  const [draft, setDraft] = useState<string | null>(null)
  const [refusal, setRefusal] = useState<Message | null>(null)

  const handleSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault()
    const result = onAssign(draft ?? claim.assignee ?? '')
    setRefusal(result.ok ? null : result.reason)
    if (result.ok) setDraft(null)
  }

  return (
    <form className="detail-block" onSubmit={handleSubmit}>
      <p>{assigneeText(claim.assignee, t)}</p>
      <div className="detail-row">
        <Field label={t('panel.detail.assignTo')}>
          {(id) => (
            <input
              id={id}
              list={listId}
              value={draft ?? claim.assignee ?? ''}
              onChange={(event) => setDraft(event.target.value)}
              placeholder={t('panel.detail.assignToPlaceholder')}
            />
          )}
        </Field>
        <datalist id={listId}>
          {reviewerNames.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <button type="submit">{t('panel.detail.assign')}</button>
      </div>
      {refusal && (
        <p role="alert" className="error">
          {text(refusal)}
        </p>
      )}
    </form>
  )
}
