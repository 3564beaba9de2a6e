/**
 * Comment threads in the room document. Each claim's comments are a Y.Array inside that claim's
 * map, created with the claim, so two replicas commenting at once only ever append to one array.
 */
import * as Y from 'yjs'
import type { Comment } from '../../core/claims/claim'
import { addComment, reply, type NewCommentInput } from '../../core/claims/comments'
import { refuse, type Result } from '../../core/claims/result'
import { message } from '../../core/i18n/message'
import { CLAIM_KEYS } from './claims-layout'
import { decodeComments } from './claim-codec'
import { claimFields, claimsMap, nested } from './claims-doc'

/** A claim's comments in stored order (the same on every replica). */
export function readClaimComments(doc: Y.Doc, claimId: string): Comment[] {
  const fields = claimFields(doc, claimId)
  return fields ? decodeComments(fields) : []
}

/** Starts a thread on a claim. */
export function addClaimComment(
  doc: Y.Doc,
  claimId: string,
  input: NewCommentInput
): Result<Comment> {
  return appendComment(doc, claimId, () => addComment(input))
}

/** Replies in the thread of `parentId` on a claim. */
export function replyToClaimComment(
  doc: Y.Doc,
  claimId: string,
  parentId: string,
  input: NewCommentInput
): Result<Comment> {
  return appendComment(doc, claimId, (comments) => reply(comments, parentId, input))
}

/** Calls `onComments` with a claim's comments now and after each change; returns unsubscribe. */
export function observeClaimComments(
  doc: Y.Doc,
  claimId: string,
  onComments: (comments: Comment[]) => void
): () => void {
  // Watch the whole claims map: the claim may arrive from a peer after this is called.
  const map = claimsMap(doc)
  const handleChange = (): void => onComments(readClaimComments(doc, claimId))
  map.observeDeep(handleChange)
  handleChange()
  return () => map.unobserveDeep(handleChange)
}

function appendComment(
  doc: Y.Doc,
  claimId: string,
  make: (comments: readonly Comment[]) => Result<Comment>
): Result<Comment> {
  const fields = claimFields(doc, claimId)
  if (!fields) return refuse(message('claim.refusal.claimGone'))
  const list = nested(fields, CLAIM_KEYS.comments, Y.Array<Comment>)
  if (!list) return refuse(message('claim.refusal.claimTakesNoComments'))
  const comment = make(decodeComments(fields))
  if (comment.ok) list.push([comment.value])
  return comment
}
