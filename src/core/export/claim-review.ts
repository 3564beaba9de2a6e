/**
 * schema.org ClaimReview export, as fact-check search tools read it: one ClaimReview per claim
 * with a final verdict, rated on the scale below. Claims still open are left out and listed in
 * the export's gate (`claimReviewGate`), which the file itself cannot carry: the file is meant
 * to be pasted into the published article's page as it is.
 */
import type {
  Claim as ClaimItem,
  ClaimReview,
  CreativeWork,
  Organization,
  Person,
  Rating,
  WithContext
} from 'schema-dts'
import type { Claim, ReviewerRef } from '../claims/claim'
import { statusHeads } from '../claims/conflict'
import { confirmersOf, secondCheckOf, verifiersOf } from '../claims/second-check'
import type { LibrarySource } from '../claims/source-library'
import { statusLabel, type ClaimStatus } from '../claims/status'
import type { ClaimVerdict } from '../claims/verdict'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale'
import { translator, type Translator } from '../i18n/translator'
import { numberedClaims, sourceFinder, type ExportInput, type NumberedClaim } from './export-input'
import { openChecks, type OpenCheck } from './open-checks'

/** Who publishes the room's fact checks, and where: every ClaimReview names them. */
export interface ClaimReviewPublisher {
  /** The newsroom's name (the server's `--org-name`). */
  readonly orgName: string
  /** The newsroom's home page (the server's `--org-url`). */
  readonly orgUrl: string
  /** The published article the verdicts appear in, set per room (see article-url.ts). */
  readonly articleUrl: string
}

/** The statuses that end a review: only claims with one of them become a ClaimReview. */
export const REVIEWED_STATUSES = ['verified', 'disputed', 'false', 'unverifiable'] as const

/** A status that ends a review. */
export type ReviewedStatus = (typeof REVIEWED_STATUSES)[number]

/** The numeric scale of every rating: 1 is false, 5 is verified (documented in the README). */
export const RATING_SCALE = { worstRating: 1, bestRating: 5 } as const

/**
 * Each reviewed status's place on the truth scale. Disputed sits in the middle (contested, not
 * settled either way); Unverifiable has no place on a truth scale, so its rating is its label
 * alone, which Google's ClaimReview guidance accepts (only `alternateName` is required).
 */
export const RATING_VALUES: Readonly<Record<ReviewedStatus, number | undefined>> = {
  false: 1,
  disputed: 3,
  verified: 5,
  unverifiable: undefined
}

/** True for a status that ends a review. */
export function isReviewedStatus(status: ClaimStatus): status is ReviewedStatus {
  return (REVIEWED_STATUSES as readonly ClaimStatus[]).includes(status)
}

/**
 * The reviewed status a verdict comes to, or null for a claim still open: Unverified, In
 * review, awaiting its second check, or in conflict.
 */
export function reviewedStatusOf(verdict: ClaimVerdict): ReviewedStatus | null {
  return verdict.kind === 'status' && isReviewedStatus(verdict.status) ? verdict.status : null
}

/** The rating of a reviewed status: its label in the translator's language, and its number. */
export function claimReviewRating(status: ReviewedStatus, tr: Translator): Rating {
  const alternateName = statusLabel(status, tr)
  const ratingValue = RATING_VALUES[status]
  if (ratingValue === undefined) return { '@type': 'Rating', alternateName }
  return { '@type': 'Rating', alternateName, ratingValue, ...RATING_SCALE }
}

/**
 * The export's gate: one open check for each claim left out (not verified, awaiting a second
 * check, or in conflict), in footnote order, as the other formats' gates word them.
 */
export function claimReviewGate(input: ExportInput): OpenCheck[] {
  const leftOut = new Set(
    numberedClaims(input)
      .filter((numbered) => reviewedStatusOf(numbered.verdict) === null)
      .map((numbered) => numbered.claim.id)
  )
  return openChecks(input).filter(
    (check) =>
      (check.kind === 'not-verified' ||
        check.kind === 'awaiting-second-check' ||
        check.kind === 'status-conflict') &&
      leftOut.has(check.claimId)
  )
}

/**
 * The members who reached a claim's verdict: whoever verified and confirmed it (the second
 * check), otherwise whoever set its current status. A claim with no history names nobody.
 */
export function verdictReviewers(claim: Pick<Claim, 'status' | 'history'>): ReviewerRef[] {
  const check = secondCheckOf(claim.history)
  const names =
    claim.status === 'verified' && check.kind !== 'not-verified'
      ? [...verifiersOf(check), ...confirmersOf(check)]
      : statusHeads(claim.history).map((change) => change.author)
  return [...new Set(names)]
}

/**
 * The day a verdict was reached (YYYY-MM-DD): its latest status change, else the export's
 * day. The day alone, since the changes carry their authors' clocks.
 */
export function verdictDate(claim: Pick<Claim, 'history'>, exportedAt: string): string | null {
  const days = statusHeads(claim.history).flatMap((change) => dayOf(change.at) ?? [])
  return days.sort().at(-1) ?? dayOf(exportedAt)
}

/** Every ClaimReview of the room, in footnote order, rated in `locale`'s words. */
export function claimReviews(
  input: ExportInput,
  publisher: ClaimReviewPublisher,
  locale: Locale = DEFAULT_LOCALE
): WithContext<ClaimReview>[] {
  const tr = translator(locale)
  const sourcesOf = sourceFinder(input.library)
  return numberedClaims(input).flatMap((numbered) => {
    const status = reviewedStatusOf(numbered.verdict)
    if (status === null) return []
    const sources = sourcesOf(numbered.claim.sourceIds)
    return [claimReview(input, publisher, { numbered, status, sources, tr })]
  })
}

/**
 * The room's ClaimReviews as JSON-LD text: an array of ClaimReview objects, each with the
 * schema.org context, ready for a `<script type="application/ld+json">` element.
 */
export function exportClaimReview(
  input: ExportInput,
  publisher: ClaimReviewPublisher,
  locale: Locale = DEFAULT_LOCALE
): string {
  const json = JSON.stringify(claimReviews(input, publisher, locale), null, 2)
  // "<" escaped (the same string to any JSON reader) so a statement holding "</script>" cannot
  // end the script element the file is pasted into.
  return `${json.replace(/</g, '\\u003c')}\n`
}

/** One reviewed claim and what its review names. */
interface ReviewedClaim {
  readonly numbered: NumberedClaim
  readonly status: ReviewedStatus
  readonly sources: readonly LibrarySource[]
  readonly tr: Translator
}

function claimReview(
  input: ExportInput,
  publisher: ClaimReviewPublisher,
  reviewed: ReviewedClaim
): WithContext<ClaimReview> {
  const { claim } = reviewed.numbered
  const datePublished = verdictDate(claim, input.exportedAt)
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: publisher.articleUrl,
    claimReviewed: claim.statement.trim() || claim.quote.trim(),
    reviewRating: claimReviewRating(reviewed.status, reviewed.tr),
    itemReviewed: claimItem(claim, reviewed.sources),
    author: [newsroom(publisher), ...verdictReviewers(claim).map(person)],
    ...(datePublished === null ? {} : { datePublished }),
    inLanguage: reviewed.tr.locale
  }
}

/**
 * The claim as reviewed: who made it, where the claim names them, and where it appears, by the
 * sources cited for it. A claimant is named as a Person: the field holds a name only, and
 * schema.org's Claim takes a Person or an Organization as its author.
 */
function claimItem(claim: Pick<Claim, 'claimant'>, sources: readonly LibrarySource[]): ClaimItem {
  return {
    '@type': 'Claim',
    ...(claim.claimant === undefined ? {} : { author: person(claim.claimant) }),
    ...(sources.length === 0 ? {} : { appearance: sources.map(appearance) })
  }
}

function appearance(source: LibrarySource): CreativeWork {
  return { '@type': 'CreativeWork', url: source.url, name: source.name }
}

function newsroom(publisher: ClaimReviewPublisher): Organization {
  return { '@type': 'Organization', name: publisher.orgName, url: publisher.orgUrl }
}

function person(name: ReviewerRef): Person {
  return { '@type': 'Person', name }
}

function dayOf(iso: string): string | null {
  return /^\d{4}-\d{2}-\d{2}(?=T|$)/.exec(iso)?.[0] ?? null
}
