/** The review summary every human-readable export ends with: counts, reviewers, histories. */
import type { ReviewerRef, StatusChange } from '../claims/claim'
import { verificationProgress } from '../claims/progress'
import { statusLabel } from '../claims/status'
import {
  VERDICT_KEYS,
  claimVerdict,
  verdictKeyLabel,
  type ClaimVerdict,
  type VerdictKey
} from '../claims/verdict'
import { numberedClaims, type ExportInput, type NumberedClaim } from './export-input'

/** One status change as a sentence's parts. */
export interface HistoryLine {
  readonly at: string
  readonly author: ReviewerRef
  readonly from: string
  readonly to: string
  readonly note?: string
}

/** The summary as data; each format lays it out its own way. */
export interface ReviewSummary {
  readonly total: number
  readonly counts: readonly {
    readonly key: VerdictKey
    readonly label: string
    readonly count: number
  }[]
  readonly reviewers: readonly ReviewerRef[]
  readonly claims: readonly {
    readonly numbered: NumberedClaim
    readonly history: readonly HistoryLine[]
    readonly verdict: ClaimVerdict
  }[]
}

/**
 * Counts per status (all six, zeros included, and conflicts when there are any), reviewers,
 * and each claim's status history with its verdict.
 */
export function reviewSummary(input: ExportInput): ReviewSummary {
  const progress = verificationProgress(input.claims)
  return {
    total: progress.total,
    counts: VERDICT_KEYS.filter((key) => key !== 'conflict' || progress.counts.conflict > 0).map(
      (key) => ({ key, label: verdictKeyLabel(key), count: progress.counts[key] })
    ),
    reviewers: input.reviewers,
    claims: numberedClaims(input).map((numbered) => ({
      numbered,
      history: numbered.claim.history.map(historyLine),
      verdict: claimVerdict(numbered.claim)
    }))
  }
}

/** "2025-11-18 09:30 UTC" from an ISO time; anything unreadable is shown as stored. */
export function displayTime(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?Z$/.exec(iso)
  return match ? `${match[1]} ${match[2]} UTC` : iso
}

function historyLine(change: StatusChange): HistoryLine {
  const line = {
    at: displayTime(change.at),
    author: change.author,
    from: statusLabel(change.from),
    to: statusLabel(change.to)
  }
  return change.note === undefined ? line : { ...line, note: change.note }
}
