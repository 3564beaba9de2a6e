/** Comment threads on a claim: a first comment and its replies, one level deep. */
import type { Comment } from './claim'
import { validateCommentText, validateReviewer } from './limits'
import { message } from '../i18n/message'
import { ok, refuse, type Result } from './result'

/** What a new comment needs; the id and the clock come from the caller. */
export interface NewCommentInput {
  readonly id: string
  readonly author: string
  readonly now: string
  readonly text: string
}

/** A thread as shown: its first comment, then the replies in the order the room holds them. */
export interface CommentThread {
  readonly root: Comment
  readonly replies: readonly Comment[]
}

/** A comment that starts a new thread on a claim. */
export function addComment(input: NewCommentInput): Result<Comment> {
  return makeComment(input, null)
}

/**
 * A reply in the thread of `parentId`. Replying to a reply joins the same thread, because
 * threads are one level deep: nested replies would hide in a narrow side panel.
 */
export function reply(
  comments: readonly Comment[],
  parentId: string,
  input: NewCommentInput
): Result<Comment> {
  const parent = comments.find((comment) => comment.id === parentId)
  if (!parent) return refuse(message('claim.refusal.replyParentGone'))
  return makeComment(input, parent.parentId ?? parent.id)
}

/** Groups a claim's comments into threads; a reply whose parent is missing becomes its own thread. */
export function commentThreads(comments: readonly Comment[]): CommentThread[] {
  const ids = new Set(comments.map((comment) => comment.id))
  const roots = comments.filter(
    (comment) => comment.parentId === null || !ids.has(comment.parentId)
  )
  return roots.map((root) => ({
    root,
    replies: comments.filter((comment) => comment.parentId === root.id && comment !== root)
  }))
}

function makeComment(input: NewCommentInput, parentId: string | null): Result<Comment> {
  if (input.id.trim().length === 0) return refuse(message('claim.refusal.commentIdMissing'))
  const author = validateReviewer('the author', input.author)
  if (!author.ok) return author
  const text = validateCommentText(input.text)
  if (!text.ok) return text
  return ok({
    id: input.id,
    parentId,
    author: author.value,
    createdAt: input.now,
    text: text.value
  })
}
