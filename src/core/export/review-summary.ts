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
import { formatDateTime } from '../i18n/format'
import { english, translator, type Translator } from '../i18n/translator'
import { exportLocale, numberedClaims, type ExportInput, type NumberedClaim } from './export-input'

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
 * and each claim's status history with its verdict, in `tr`'s language (the export's own).
 */
export function reviewSummary(
  input: ExportInput,
  tr: Translator = translator(exportLocale(input))
): ReviewSummary {
  const progress = verificationProgress(input.claims, input.rules)
  return {
    total: progress.total,
    counts: VERDICT_KEYS.filter((key) => !SHOWN_WHEN_ANY.has(key) || progress.counts[key] > 0).map(
      (key) => ({ key, label: verdictKeyLabel(key, tr), count: progress.counts[key] })
    ),
    reviewers: input.reviewers,
    claims: numberedClaims(input).map((numbered) => ({
      numbered,
      history: numbered.claim.history.map((change) => historyLine(change, tr)),
      verdict: numbered.verdict,
      ...checkedByOf(numbered.claim, input.rules, tr)
    }))
  }
}

/**
 * An export's time from an ISO time in UTC: "2025-11-18 09:30 UTC" in English (the form every
 * English export has always had), "18.11.2025, 09:30 UTC" in German (through Intl). Anything
 * unreadable is shown as stored.
 */
export function displayTime(iso: string, tr: Translator = english): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?Z$/.exec(iso)
  if (!match) return iso
  const time =
    tr.locale === 'en' ? `${match[1]} ${match[2]}` : formatDateTime(iso, tr.locale, 'UTC')
  return tr.t('exportText.time.utc', { time })
}

/** "Exported from room R on TIME by Claimdesk 1.2.3.", the line under every export's title. */
export function exportedSentence(input: ExportInput, tr: Translator): string {
  const values = { room: input.room, time: displayTime(input.exportedAt, tr) }
  return input.appVersion
    ? tr.t('exportText.meta.exported', { ...values, version: input.appVersion })
    : tr.t('exportText.meta.exportedNoVersion', values)
}

/**
 * "Verified by Ana Weber · confirmed by Ben Ott", or "… · awaiting second check", for a
 * Verified claim in a room with the second check, in `tr`'s language.
 */
export function checkedBySentence(
  claim: Claim,
  rules: ReviewRules | undefined,
  tr: Translator = english
): string | undefined {
  if (!rules?.secondCheck || claim.status !== 'verified') return undefined
  const check = secondCheckOf(claim.history)
  const verifiers = verifiersOf(check).join(', ')
  if (check.kind === 'confirmed') {
    const confirmers = confirmersOf(check).join(', ')
    return tr.t('exportText.summary.checkedByConfirmed', { verifiers, confirmers })
  }
  if (check.kind === 'awaiting') return tr.t('exportText.summary.checkedByAwaiting', { verifiers })
  return undefined
}

function checkedByOf(
  claim: Claim,
  rules: ReviewRules | undefined,
  tr: Translator
): { checkedBy?: string } {
  const sentence = checkedBySentence(claim, rules, tr)
  return sentence === undefined ? {} : { checkedBy: sentence }
}

function historyLine(change: StatusChange, tr: Translator): HistoryLine {
  const line = {
    at: displayTime(change.at, tr),
    author: change.author,
    from: statusLabel(change.from, tr),
    to:
      change.action === 'confirm'
        ? tr.t('exportText.summary.confirmed')
        : change.action === 'send-back'
          ? tr.t('exportText.summary.sentBack')
          : statusLabel(change.to, tr)
  }
  return change.note === undefined ? line : { ...line, note: change.note }
}

/**
 * One history line as a sentence ("2025-11-18 09:30 UTC, Ana: Unverified → Verified"), the
 * reviewer's words (name, note) passed through the format's `escape`.
 */
export function changeSentence(
  line: HistoryLine,
  tr: Translator,
  escape: (text: string) => string = (text) => text
): string {
  const values = { time: line.at, author: escape(line.author), from: line.from, to: line.to }
  return line.note === undefined
    ? tr.t('exportText.summary.change', values)
    : tr.t('exportText.summary.changeWithNote', { ...values, note: escape(line.note) })
}
