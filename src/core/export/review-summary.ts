/** The review summary every human-readable export ends with: counts, reviewers, histories. */
import type { Claim, ReviewerRef, StatusChange } from '../claims/claim'
import { confirmersOf, secondCheckOf, verifiersOf, type ReviewRules } from '../claims/second-check'
import { verificationProgress } from '../claims/progress'
import { statusLabel } from '../claims/status'
import {
  VERDICT_KEYS,
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
    /** Who verified and who confirmed, in rooms with the second check. */
    readonly checkedBy?: string
  }[]
}

/** Verdict keys counted in the summary only when some claim has them. */
const SHOWN_WHEN_ANY: ReadonlySet<VerdictKey> = new Set<VerdictKey>(['awaiting', 'conflict'])

/**
 * Counts per status (all six, zeros included, and conflicts when there are any), reviewers,
 * and each claim's status history with its verdict.
 */
export function reviewSummary(input: ExportInput): ReviewSummary {
  const progress = verificationProgress(input.claims, input.rules)
  return {
    total: progress.total,
    counts: VERDICT_KEYS.filter((key) => !SHOWN_WHEN_ANY.has(key) || progress.counts[key] > 0).map(
      (key) => ({ key, label: verdictKeyLabel(key), count: progress.counts[key] })
    ),
    reviewers: input.reviewers,
    claims: numberedClaims(input).map((numbered) => ({
      numbered,
      history: numbered.claim.history.map(historyLine),
      verdict: numbered.verdict,
      ...checkedByOf(numbered.claim, input.rules)
    }))
  }
}

/** "2025-11-18 09:30 UTC" from an ISO time; anything unreadable is shown as stored. */
export function displayTime(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?Z$/.exec(iso)
  return match ? `${match[1]} ${match[2]} UTC` : iso
}

/**
 * "Verified by Ana Weber · confirmed by Ben Ott", or "… · awaiting second check", for a
 * Verified claim in a room with the second check.
 */
export function checkedBySentence(
  claim: Claim,
  rules: ReviewRules | undefined
): string | undefined {
  if (!rules?.secondCheck || claim.status !== 'verified') return undefined
  const check = secondCheckOf(claim.history)
  const verifiers = verifiersOf(check).join(', ')
  if (check.kind === 'confirmed') {
    return `Verified by ${verifiers} · confirmed by ${confirmersOf(check).join(', ')}`
  }
  if (check.kind === 'awaiting') return `Verified by ${verifiers} · awaiting second check`
  return undefined
}

function checkedByOf(claim: Claim, rules: ReviewRules | undefined): { checkedBy?: string } {
  const sentence = checkedBySentence(claim, rules)
  return sentence === undefined ? {} : { checkedBy: sentence }
}

function historyLine(change: StatusChange): HistoryLine {
  const line = {
    at: displayTime(change.at),
    author: change.author,
    from: statusLabel(change.from),
    to:
      change.action === 'confirm'
        ? 'Verified (second check)'
        : change.action === 'send-back'
          ? 'In review (sent back)'
          : statusLabel(change.to)
  }
  return change.note === undefined ? line : { ...line, note: change.note }
}
