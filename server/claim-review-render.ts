/**
 * The export route's ClaimReview format (src/core/export/claim-review.ts): the server's
 * newsroom, the room's published article, then the gate. A ClaimReview file is pasted into the
 * article's page as it is, so it cannot carry the gate; the route answers with the gate instead.
 */
import type * as Y from 'yjs'
import { readArticleUrl } from '../src/collab/room-settings'
import { claimReviewGate, exportClaimReview } from '../src/core/export/claim-review'
import { exportLocale, type ExportInput } from '../src/core/export/export-input'
import { message, type MessageKey } from '../src/core/i18n/message'
import type { ExportOutcome } from './export-render'

/** The newsroom that publishes a server's fact checks: `--org-name` and `--org-url`. */
export interface Publisher {
  readonly name: string
  /** Its home page, an http(s) URL. */
  readonly url: string
}

/** What a ClaimReview export needs beyond the room. */
export interface ClaimReviewJob {
  /** Without it the server cannot say who publishes the reviews, and refuses. */
  readonly publisher?: Publisher
  /** Export the claims with a final verdict even though others are still open. */
  readonly acceptOpen?: boolean
}

/**
 * The room's ClaimReviews, or why not: no newsroom or no article address (not exportable), or
 * claims still open and `acceptOpen` not given (the gate, which lists them).
 */
export function renderClaimReview(
  doc: Y.Doc,
  input: ExportInput,
  job: ClaimReviewJob
): ExportOutcome {
  if (!job.publisher) return notExportable('claimReview.export.noPublisher')
  const articleUrl = readArticleUrl(doc)
  if (articleUrl === null) return notExportable('claimReview.export.noArticleUrl')
  const gate = claimReviewGate(input)
  if (gate.length > 0 && !job.acceptOpen) return { kind: 'leftOut', openChecks: gate }
  const publisher = { orgName: job.publisher.name, orgUrl: job.publisher.url, articleUrl }
  return {
    kind: 'file',
    body: new TextEncoder().encode(exportClaimReview(input, publisher, exportLocale(input)))
  }
}

function notExportable(key: MessageKey): ExportOutcome {
  return { kind: 'notExportable', reason: message(key) }
}
