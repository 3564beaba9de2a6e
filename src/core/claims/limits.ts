/** Length limits on what reviewers type, and the messages shown when input breaks them. */
import { normalizeReviewerName, REVIEWER_NAME_MAX_LENGTH } from '../reviewer'
import type { ReviewerRef } from './claim'
import { message, type MessageKey } from '../i18n/message'
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

/** The two refusals of a text field: when it is blank and when it is too long. */
export interface TextRefusals {
  readonly empty: MessageKey
  readonly tooLong: MessageKey
}

/** Trims `input` and checks it is non-empty and within `max` characters. */
export function validateText(input: string, max: number, refusals: TextRefusals): Result<string> {
  const text = input.trim()
  if (text.length === 0) return refuse(message(refusals.empty))
  const length = characterCount(text)
  if (length > max) return refuse(message(refusals.tooLong, { length, max }))
  return ok(text)
}

/** Longest name of who made a claim. */
export const MAX_CLAIMANT_LENGTH = 200

/** Who made a claim, trimmed; empty means unknown. */
export function validateClaimant(input: string): Result<string> {
  const name = input.trim()
  const length = [...name].length
  if (length > MAX_CLAIMANT_LENGTH) {
    return refuse(message('claim.refusal.claimantTooLong', { length, max: MAX_CLAIMANT_LENGTH }))
  }
  return ok(name)
}

/** A claim statement, trimmed. */
export function validateStatement(input: string): Result<string> {
  return validateText(input, MAX_STATEMENT_LENGTH, {
    empty: 'claim.refusal.statementEmpty',
    tooLong: 'claim.refusal.statementTooLong'
  })
}

/** The quoted span of a new claim, which must fit as its default statement. */
export function validateQuote(input: string): Result<string> {
  if (input.trim().length === 0) return refuse(message('claim.refusal.selectText'))
  const length = characterCount(input)
  if (length > MAX_STATEMENT_LENGTH) {
    return refuse(message('claim.refusal.selectionTooLong', { length, max: MAX_STATEMENT_LENGTH }))
  }
  return ok(input)
}

/** A comment or reply, trimmed. */
export function validateCommentText(input: string): Result<string> {
  return validateText(input, MAX_COMMENT_LENGTH, {
    empty: 'claim.refusal.commentEmpty',
    tooLong: 'claim.refusal.commentTooLong'
  })
}

/** An optional note on a status change: blank means no note. */
export function validateStatusNote(input: string | undefined): Result<string | undefined> {
  if (input === undefined || input.trim().length === 0) return ok(undefined)
  return validateText(input, MAX_STATUS_NOTE_LENGTH, {
    empty: 'claim.refusal.noteEmpty',
    tooLong: 'claim.refusal.noteTooLong'
  })
}

/** A source's name, trimmed. */
export function validateSourceName(input: string): Result<string> {
  return validateText(input, MAX_SOURCE_NAME_LENGTH, {
    empty: 'claim.refusal.sourceNameEmpty',
    tooLong: 'claim.refusal.sourceNameTooLong'
  })
}

/** An assignee: blank or null means nobody; otherwise a reviewer name. */
export function validateAssignee(input: string | null): Result<ReviewerRef | null> {
  if (input === null || input.trim().length === 0) return ok(null)
  return validateReviewer('the assignee', input)
}

/** The refusals for each part a reviewer name plays, named as the English sentences name it. */
const REVIEWER_REFUSALS = {
  'the author': {
    missing: 'claim.refusal.authorNameMissing',
    tooLong: 'claim.refusal.authorNameTooLong'
  },
  'the reviewer': {
    missing: 'claim.refusal.reviewerNameMissing',
    tooLong: 'claim.refusal.reviewerNameTooLong'
  },
  'the assignee': {
    missing: 'claim.refusal.assigneeNameMissing',
    tooLong: 'claim.refusal.assigneeNameTooLong'
  },
  'the comment author': {
    missing: 'claim.refusal.commentAuthorNameMissing',
    tooLong: 'claim.refusal.commentAuthorNameTooLong'
  }
} as const satisfies Record<string, { missing: MessageKey; tooLong: MessageKey }>

/** Which part a reviewer name plays, as `validateReviewer` is told. */
export type ReviewerPart = keyof typeof REVIEWER_REFUSALS

/** A reviewer name acting as author or assignee, cleaned the way reviewer names always are. */
export function validateReviewer(part: ReviewerPart, input: string): Result<ReviewerRef> {
  const name = normalizeReviewerName(input)
  if (name !== null) return ok(name)
  // Count as normalizeReviewerName does, so the message matches the reason it refused.
  const length = input.trim().length
  const refusals = REVIEWER_REFUSALS[part]
  if (length <= MAX_ASSIGNEE_LENGTH) return refuse(message(refusals.missing))
  return refuse(message(refusals.tooLong, { length, max: MAX_ASSIGNEE_LENGTH }))
}
