import { useState, type FormEvent } from 'react'
import type { Comment } from '../../../core/claims/claim'
import { commentThreads } from '../../../core/claims/comments'
import { MAX_COMMENT_LENGTH } from '../../../core/claims/limits'
import type { Result } from '../../../core/claims/result'
import type { Message } from '../../../core/i18n/message'
import { displayTime } from '../claims/presence-text'
import { useText } from '../i18n/use-text'
import { useAccess } from '../room-access'
import { LimitedText } from './LimitedText'

/** Props for ClaimComments. */
export interface ClaimCommentsProps {
  readonly comments: readonly Comment[]
  readonly onComment: (text: string) => Result<unknown>
  readonly onReply: (parentId: string, text: string) => Result<unknown>
}

/** A claim's comment threads, a field for a new comment, and a reply field per thread. */
export function ClaimComments({ comments, onComment, onReply }: ClaimCommentsProps) {
  const { t } = useText()
  const threads = commentThreads(comments)
  const mayComment = useAccess().can('comment')
  return (
    <div className="detail-block comments">
      <h4>{t('panel.comments.heading', { count: comments.length })}</h4>
      {threads.length > 0 && (
        <ol className="threads">
          {threads.map((thread) => (
            <li key={thread.root.id} className="thread">
              <CommentBody comment={thread.root} />
              {thread.replies.length > 0 && (
                <ol className="replies">
                  {thread.replies.map((reply) => (
                    <li key={reply.id}>
                      <CommentBody comment={reply} />
                    </li>
                  ))}
                </ol>
              )}
              {mayComment && <ReplyBox onSend={(text) => onReply(thread.root.id, text)} />}
            </li>
          ))}
        </ol>
      )}
      {mayComment && (
        <Composer
          label={t('panel.comments.label')}
          submitLabel={t('panel.comments.add')}
          onSubmit={onComment}
          onDone={() => undefined}
        />
      )}
    </div>
  )
}

function CommentBody({ comment }: { comment: Comment }) {
  const { locale } = useText()
  return (
    <article className="comment">
      <p className="comment__meta">
        <strong>{comment.author}</strong>{' '}
        <time dateTime={comment.createdAt} className="muted">
          {displayTime(comment.createdAt, locale)}
        </time>
      </p>
      <p className="comment__text">{comment.text}</p>
    </article>
  )
}

function ReplyBox({ onSend }: { onSend: (text: string) => Result<unknown> }) {
  const { t } = useText()
  const [open, setOpen] = useState(false)
  if (!open) {
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        {t('panel.comments.reply')}
      </button>
    )
  }
  return (
    <Composer
      label={t('panel.comments.replyLabel')}
      submitLabel={t('panel.comments.sendReply')}
      onSubmit={onSend}
      onDone={() => setOpen(false)}
    />
  )
}

/** A text field and its button; keeps the text when the room refuses it, and says why. */
function Composer({
  label,
  submitLabel,
  onSubmit,
  onDone
}: {
  label: string
  submitLabel: string
  onSubmit: (text: string) => Result<unknown>
  onDone: () => void
}) {
  const { text } = useText()
  const [draft, setDraft] = useState('')
  const [refusal, setRefusal] = useState<Message | null>(null)
  const handleSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault()
    const result = onSubmit(draft)
    setRefusal(result.ok ? null : result.reason)
    if (!result.ok) return
    setDraft('')
    onDone()
  }
  return (
    <form className="composer" onSubmit={handleSubmit}>
      <LimitedText
        label={label}
        value={draft}
        limit={MAX_COMMENT_LENGTH}
        onChange={setDraft}
        rows={2}
      />
      {refusal && (
        <p role="alert" className="error">
          {text(refusal)}
        </p>
      )}
      <button type="submit">{submitLabel}</button>
    </form>
  )
}
