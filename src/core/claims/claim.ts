/** Claims as plain data: the body of an annotation whose anchor mark carries only its id. */
import type { ClaimStatus } from './status'

/**
 * A reviewer as the room knows them: their display name, cleaned by `normalizeReviewerName`.
 * Names are the only identity a room has today.
 */
export type ReviewerRef = string

/**
 * What a status change does: `set` a status, `confirm` another member's verification (the
 * second check), or `send-back` a verification to In review with a note. Stored; never rename.
 */
export type StatusAction = 'set' | 'confirm' | 'send-back'

/**
 * One entry of a claim's append-only status history.
 * `basis` lists the ids of the entries that were the latest ones when the author made the
 * change, so entries made without seeing each other (offline) can be told apart from a sequence.
 */
export interface StatusChange {
  readonly id: string
  readonly author: ReviewerRef
  /** ISO 8601 time on the author's clock; for display only, never for ordering. */
  readonly at: string
  readonly from: ClaimStatus
  readonly to: ClaimStatus
  readonly note?: string
  readonly basis: readonly string[]
  /** Absent on entries written before second checks, and on plain status changes. */
  readonly action?: StatusAction
}

/** A checkable statement anchored to a span of the briefing. */
export interface Claim {
  readonly id: string
  readonly kind: 'claim'
  /** The span's text when the claim was made; kept so a detached claim still shows it. */
  readonly quote: string
  readonly statement: string
  /** Who made the claim, as the briefing names them ("the city's housing office"); absent when unknown. */
  readonly claimant?: string
  /** Ids of the cited sources, from the room's source library. */
  readonly sourceIds: readonly string[]
  readonly status: ClaimStatus
  readonly assignee: ReviewerRef | null
  readonly createdBy: ReviewerRef
  /** ISO 8601 time of creation. */
  readonly createdAt: string
  readonly history: readonly StatusChange[]
}

/** One comment on a claim; a reply names the thread's first comment as its parent. */
export interface Comment {
  readonly id: string
  readonly parentId: string | null
  readonly author: ReviewerRef
  /** ISO 8601 time on the author's clock. */
  readonly createdAt: string
  readonly text: string
}
