import { useState, type FormEvent } from 'react'
import type { Comment } from '../../../core/claims/claim'
import { commentThreads } from '../../../core/claims/comments'
import { MAX_COMMENT_LENGTH } from '../../../core/claims/limits'
import type { Result } from '../../../core/claims/result'
import { displayTime } from '../claims/presence-text'
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
  const threads = commentThreads(comments)
  const mayComment = useAccess().can('comment')
  return (
    <div className="detail-block comments">
      <h4>Comments ({comments.length})</h4>
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
          label="Comment"
          submitLabel="Add comment"
          onSubmit={onComment}
          onDone={() => undefined}
        />
      )}
    </div>
  )
}

function CommentBody({ comment }: { comment: Comment }) {
  return (
    <article className="comment">
      <p className="comment__meta">
        <strong>{comment.author}</strong>{' '}
        <time dateTime={comment.createdAt} className="muted">
          {displayTime(comment.createdAt)}
        </time>
      </p>
      <p className="comment__text">{comment.text}</p>
    </article>
  )
}

function ReplyBox({ onSend }: { onSend: (text: string) => Result<unknown> }) {
  const [open, setOpen] = useState(false)
  if (!open) {
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        Reply
      </button>
    )
  }
  return (
    <Composer
      label="Reply"
      submitLabel="Send reply"
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
  const [text, setText] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const handleSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault()
    const result = onSubmit(text)
    setMessage(result.ok ? null : result.message)
    if (!result.ok) return
    setText('')
    onDone()
  }
  return (
    <form className="composer" onSubmit={handleSubmit}>
      <LimitedText
        label={label}
        value={text}
        limit={MAX_COMMENT_LENGTH}
        onChange={setText}
        rows={2}
      />
      {message && (
        <p role="alert" className="error">
          {message}
        </p>
      )}
      <button type="submit">{submitLabel}</button>
    </form>
  )
}
