/**
 * W3C Web Annotation export: one Annotation per claim in an AnnotationCollection. Targets use a
 * TextQuoteSelector and a TextPositionSelector over the normalised plain text (plain-text.ts).
 */
import type { Claim, Comment } from '../claims/claim'
import type { LibrarySource } from '../claims/source-library'
import { verdictKey, verdictLabel, type ClaimVerdict } from '../claims/verdict'
import { translator, type Translator } from '../i18n/translator'
import {
  exportLocale,
  numberedClaims,
  sourceFinder,
  type ExportInput,
  type NumberedClaim
} from './export-input'
import { checkData, draftBanner, openChecks } from './open-checks'
import {
  codePointIndex,
  normalisedText,
  type CodePointIndex,
  type NormalisedText
} from './plain-text'
import {
  ANNO_CONTEXT,
  CLAIMDESK_TERMS,
  IN_REPLY_TO,
  SOURCE_TITLE,
  claimIri,
  commentIri,
  roomIri
} from './web-annotation-ids'

/** Context code points kept before and after a quote. */
export const QUOTE_CONTEXT_LENGTH = 32

/** The normalised text indexed for slicing, and where each claim's marked text lies in it. */
interface IndexedText {
  readonly index: CodePointIndex
  readonly claimRanges: NormalisedText['claimRanges']
}

/** A JSON-LD object as written; JSON-LD keys vary too much for a closed type to help. */
export type JsonLdObject = Record<string, unknown>

/** The room's claims as a Web Annotation AnnotationCollection (a plain JSON-ready object). */
export function exportWebAnnotations(input: ExportInput): JsonLdObject {
  // Words for people (the notice, the assessing body's value) follow the export's language;
  // the data beside them (status ids, the check kinds) is the same in every language.
  const tr = translator(exportLocale(input))
  const text = normalisedText(input)
  const indexed = { claimRanges: text.claimRanges, index: codePointIndex(text.text) }
  const sourcesOf = sourceFinder(input.library)
  const items = numberedClaims(input).map((numbered) =>
    annotation(input, indexed, numbered, sourcesOf(numbered.claim.sourceIds), tr)
  )
  const checks = openChecks(input, tr)
  const collection: JsonLdObject = {
    '@context': ANNO_CONTEXT,
    id: `${roomIri(input.room)}:annotations`,
    type: 'AnnotationCollection',
    label: input.title,
    total: items.length,
    generator: {
      id: 'urn:claimdesk:app',
      type: 'Software',
      name: `Claimdesk ${input.appVersion}`.trim()
    },
    generated: input.exportedAt
  }
  if (checks.length > 0) {
    collection[CLAIMDESK_TERMS.notice] = {
      type: 'TextualBody',
      purpose: 'assessing',
      format: 'text/plain',
      value: [draftBanner(checks, tr), ...checks.map((check) => `- ${check.message}`)].join('\n')
    }
    collection[CLAIMDESK_TERMS.openChecks] = checks.map(checkData)
  }
  collection[CLAIMDESK_TERMS.library] = input.library.map(sourceLink)
  collection.first = { type: 'AnnotationPage', startIndex: 0, items }
  return collection
}

function annotation(
  input: ExportInput,
  text: IndexedText,
  numbered: NumberedClaim,
  sources: readonly LibrarySource[],
  tr: Translator
): JsonLdObject {
  const { claim } = numbered
  const result: JsonLdObject = {
    id: claimIri(input.room, claim.id),
    type: 'Annotation',
    motivation: 'assessing',
    created: claim.createdAt,
    modified: lastModified(claim, numbered.comments),
    creator: person(claim.createdBy),
    body: [
      { type: 'TextualBody', purpose: 'tagging', value: 'claim' },
      { type: 'TextualBody', purpose: 'describing', format: 'text/plain', value: claim.statement },
      {
        type: 'TextualBody',
        purpose: 'assessing',
        format: 'text/plain',
        ...assessment(numbered.verdict, tr)
      },
      ...sources.map(sourceLink),
      ...numbered.comments.map((comment) => commentBody(input.room, comment))
    ],
    target: { source: roomIri(input.room), selector: selectors(text, claim) },
    [CLAIMDESK_TERMS.history]: claim.history
  }
  if (claim.assignee !== null) result[CLAIMDESK_TERMS.assignee] = claim.assignee
  return result
}

function selectors(text: IndexedText, claim: Claim): JsonLdObject[] {
  const range = text.claimRanges.get(claim.id)
  // A detached claim has no place in the text: its stored quote is all that can be offered.
  if (!range) return [{ type: 'TextQuoteSelector', exact: claim.quote.normalize('NFC') }]
  const { start, end } = range
  const quote: JsonLdObject = {
    type: 'TextQuoteSelector',
    exact: text.index.slice(start, end)
  }
  const prefix = text.index.slice(Math.max(0, start - QUOTE_CONTEXT_LENGTH), start)
  const suffix = text.index.slice(end, end + QUOTE_CONTEXT_LENGTH)
  if (prefix) quote.prefix = prefix
  if (suffix) quote.suffix = suffix
  return [quote, { type: 'TextPositionSelector', start, end }]
}

function commentBody(room: string, comment: Comment): JsonLdObject {
  const body: JsonLdObject = {
    id: commentIri(room, comment.id),
    type: 'TextualBody',
    purpose: comment.parentId === null ? 'commenting' : 'replying',
    format: 'text/plain',
    value: comment.text,
    creator: person(comment.author),
    created: comment.createdAt
  }
  if (comment.parentId !== null) body[IN_REPLY_TO] = commentIri(room, comment.parentId)
  return body
}

function sourceLink(source: LibrarySource): JsonLdObject {
  return {
    type: 'SpecificResource',
    purpose: 'linking',
    source: source.url,
    [SOURCE_TITLE]: source.name
  }
}

function person(name: string): JsonLdObject {
  return { type: 'Person', name }
}

/** The latest time anything on the claim changed; ISO strings in UTC sort as times. */
function lastModified(claim: Claim, comments: readonly Comment[]): string {
  const times = [
    claim.createdAt,
    ...claim.history.map((c) => c.at),
    ...comments.map((c) => c.createdAt)
  ]
  return times.reduce((latest, time) => (time > latest ? time : latest), claim.createdAt)
}

/**
 * The assessing body's value and Claimdesk status: a conflict is exported as a conflict, with
 * the statuses in it, never as one of them. The history carries what an import needs to see
 * the same conflict again.
 */
function assessment(verdict: ClaimVerdict, tr: Translator): JsonLdObject {
  return {
    value: verdictLabel(verdict, tr),
    [CLAIMDESK_TERMS.status]: verdictKey(verdict),
    ...(verdict.kind === 'conflict'
      ? { [CLAIMDESK_TERMS.conflictingStatuses]: verdict.statuses }
      : {})
  }
}
