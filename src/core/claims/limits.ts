/** Length limits on what reviewers type, and the messages shown when input breaks them. */
import { normalizeReviewerName, REVIEWER_NAME_MAX_LENGTH } from '../reviewer'
import type { ReviewerRef } from './claim'
import { ok, refuse, type Result } from './result'

/** Longest claim statement; also the longest span a claim can quote, since it defaults to it. */
export const MAX_STATEMENT_LENGTH = 2000
/** Longest comment or reply. */
export const MAX_COMMENT_LENGTH = 5000
/** Longest source name. */
export const MAX_SOURCE_NAME_LENGTH = 300
/** Longest source URL, as typed. */
export const MAX_SOURCE_URL_LENGTH = 2048
/** Longest assignee name: the same limit as any reviewer name. */
export const MAX_ASSIGNEE_LENGTH = REVIEWER_NAME_MAX_LENGTH
/** Longest note on a status change; it is a comment on the change, so it shares that limit. */
export const MAX_STATUS_NOTE_LENGTH = MAX_COMMENT_LENGTH

/** Characters as a reader counts them (an emoji is one), so counters and limits agree. */
export function characterCount(text: string): number {
  return Array.from(text).length
}

/** Trims `input` and checks it is non-empty and within `max` characters; `what` names it in messages. */
export function validateText(what: string, input: string, max: number): Result<string> {
  const text = input.trim()
  if (text.length === 0) return refuse(`${capitalize(what)} cannot be empty.`)
  const count = characterCount(text)
  if (count > max) {
    return refuse(`${capitalize(what)} is ${count} characters long; the limit is ${max}.`)
  }
  return ok(text)
}

/** A claim statement, trimmed. */
export function validateStatement(input: string): Result<string> {
  return validateText('the claim statement', input, MAX_STATEMENT_LENGTH)
}

/** The quoted span of a new claim, which must fit as its default statement. */
export function validateQuote(input: string): Result<string> {
  if (input.trim().length === 0) return refuse('Select some text to make a claim.')
  const count = characterCount(input)
  if (count > MAX_STATEMENT_LENGTH) {
    return refuse(
      `The selection is ${count} characters long; a claim can quote at most ${MAX_STATEMENT_LENGTH}.`
    )
  }
  return ok(input)
}

/** A comment or reply, trimmed. */
export function validateCommentText(input: string): Result<string> {
  return validateText('the comment', input, MAX_COMMENT_LENGTH)
}

/** An optional note on a status change: blank means no note. */
export function validateStatusNote(input: string | undefined): Result<string | undefined> {
  if (input === undefined || input.trim().length === 0) return ok(undefined)
  return validateText('the note', input, MAX_STATUS_NOTE_LENGTH)
}

/** A source's name, trimmed. */
export function validateSourceName(input: string): Result<string> {
  return validateText('the source name', input, MAX_SOURCE_NAME_LENGTH)
}

/** An assignee: blank or null means nobody; otherwise a reviewer name. */
export function validateAssignee(input: string | null): Result<ReviewerRef | null> {
  if (input === null || input.trim().length === 0) return ok(null)
  return validateReviewer('the assignee', input)
}

/** A reviewer name acting as author or assignee, cleaned the way reviewer names always are. */
export function validateReviewer(what: string, input: string): Result<ReviewerRef> {
  const name = normalizeReviewerName(input)
  if (name !== null) return ok(name)
  // Count as normalizeReviewerName does, so the message matches the reason it refused.
  const count = input.trim().length
  if (count <= MAX_ASSIGNEE_LENGTH) return refuse(`${capitalize(what)} needs a name.`)
  return refuse(
    `${capitalize(what)}'s name is ${count} characters long; the limit is ${MAX_ASSIGNEE_LENGTH}.`
  )
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
