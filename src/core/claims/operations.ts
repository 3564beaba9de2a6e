/** Changes to a claim as pure functions: each returns a new claim or the reason it refused. */
import type { Claim, StatusChange } from './claim'
import { nextBasis, statusConflict } from './conflict'
import {
  validateAssignee,
  validateClaimant,
  validateQuote,
  validateReviewer,
  validateStatement,
  validateStatusNote
} from './limits'
import { message } from '../i18n/message'
import { ok, refuse, type Result } from './result'
import type { LibrarySource } from './source-library'
import { confirmationRefusal, secondCheckOf, verifiersOf } from './second-check'
import { DEFAULT_CLAIM_STATUS, isClaimStatus, type ClaimStatus } from './status'

/** What making a claim needs; the id and the clock come from the caller so this stays pure. */
export interface NewClaimInput {
  readonly id: string
  readonly quote: string
  readonly author: string
  readonly now: string
}

/** What changing a status needs; `changeId` identifies the history entry. */
export interface StatusChangeInput {
  readonly changeId: string
  readonly to: ClaimStatus
  readonly author: string
  readonly now: string
  readonly note?: string
}

/** A new, unverified claim whose statement starts as the quoted text. */
export function createClaim(input: NewClaimInput): Result<Claim> {
  if (input.id.trim().length === 0) return refuse(message('claim.refusal.claimIdMissing'))
  const quote = validateQuote(input.quote)
  if (!quote.ok) return quote
  const author = validateReviewer('the author', input.author)
  if (!author.ok) return author
  const statement = validateStatement(quote.value)
  if (!statement.ok) return statement
  return ok({
    id: input.id,
    kind: 'claim',
    quote: quote.value,
    statement: statement.value,
    sourceIds: [],
    status: DEFAULT_CLAIM_STATUS,
    assignee: null,
    createdBy: author.value,
    createdAt: input.now,
    history: []
  })
}

/** The history entry a status change would append, or why it is refused. */
export function statusChangeFor(claim: Claim, input: StatusChangeInput): Result<StatusChange> {
  if (!isClaimStatus(input.to))
    return refuse(message('claim.refusal.notAStatus', { status: String(input.to) }))
  if (input.changeId.trim().length === 0)
    return refuse(message('claim.refusal.statusChangeIdMissing'))
  // Re-setting the shown status is how a reviewer settles a conflict, so only then is it allowed.
  if (input.to === claim.status && statusConflict(claim.history) === null) {
    return refuse(
      message('claim.refusal.alreadyStatus', { status: message(`claim.status.${input.to}`) })
    )
  }
  const author = validateReviewer('the reviewer', input.author)
  if (!author.ok) return author
  const note = validateStatusNote(input.note)
  if (!note.ok) return note
  const change: StatusChange = {
    id: input.changeId,
    author: author.value,
    at: input.now,
    from: claim.status,
    to: input.to,
    basis: nextBasis(claim.history)
  }
  return ok(note.value === undefined ? change : { ...change, note: note.value })
}

/** What a second check needs: the same as a status change, without the target status. */
export type SecondCheckInput = Omit<StatusChangeInput, 'to'>

/** The entry confirming another member's verification, or why `input.author` may not. */
export function confirmationFor(claim: Claim, input: SecondCheckInput): Result<StatusChange> {
  const author = validateReviewer('the reviewer', input.author)
  if (!author.ok) return author
  const refusal = confirmationRefusal(claim.history, author.value)
  if (refusal) return refuse(refusal)
  const note = validateStatusNote(input.note)
  if (!note.ok) return note
  return ok(
    withNote(
      {
        id: input.changeId,
        author: author.value,
        at: input.now,
        from: 'verified',
        to: 'verified',
        basis: nextBasis(claim.history),
        action: 'confirm'
      },
      note.value
    )
  )
}

/** The entry sending a verification back to In review, or why not: a note is required. */
export function sendBackFor(claim: Claim, input: SecondCheckInput): Result<StatusChange> {
  const author = validateReviewer('the reviewer', input.author)
  if (!author.ok) return author
  const check = secondCheckOf(claim.history)
  if (check.kind !== 'awaiting') return refuse(message('claim.refusal.sendBackNotAwaiting'))
  if (verifiersOf(check).includes(author.value)) {
    return refuse(message('claim.refusal.sendBackOwnVerification'))
  }
  const note = validateStatusNote(input.note)
  if (!note.ok) return note
  if (note.value === undefined) return refuse(message('claim.refusal.sendBackNeedsNote'))
  return ok({
    id: input.changeId,
    author: author.value,
    at: input.now,
    from: 'verified',
    to: 'in-review',
    basis: nextBasis(claim.history),
    note: note.value,
    action: 'send-back'
  })
}

function withNote(change: StatusChange, note: string | undefined): StatusChange {
  return note === undefined ? change : { ...change, note }
}

/** The claim after an already validated change: new status, one more history entry. */
export function applyStatusChange(claim: Claim, change: StatusChange): Claim {
  return { ...claim, status: change.to, history: [...claim.history, change] }
}

/** The claim with a new status and the change recorded in its history. */
export function setStatus(claim: Claim, input: StatusChangeInput): Result<Claim> {
  const change = statusChangeFor(claim, input)
  return change.ok ? ok(applyStatusChange(claim, change.value)) : change
}

/** The claim with who made it, or without when `claimant` is blank. */
export function editClaimant(claim: Claim, claimant: string): Result<Claim> {
  const checked = validateClaimant(claimant)
  if (!checked.ok) return checked
  // Unknown is no claimant field at all, as a claim that never had one.
  const { claimant: previous, ...rest } = claim
  void previous
  return ok(checked.value === '' ? rest : { ...rest, claimant: checked.value })
}

/** The claim with a reworded statement. */
export function editStatement(claim: Claim, statement: string): Result<Claim> {
  const checked = validateStatement(statement)
  return checked.ok ? ok({ ...claim, statement: checked.value }) : checked
}

/** The claim citing one more source from the library; citing it twice changes nothing. */
export function attachSource(
  claim: Claim,
  sourceId: string,
  library: readonly LibrarySource[]
): Result<Claim> {
  if (!library.some((source) => source.id === sourceId)) {
    return refuse(message('claim.refusal.sourceNotInLibrary'))
  }
  if (claim.sourceIds.includes(sourceId)) return ok(claim)
  return ok({ ...claim, sourceIds: [...claim.sourceIds, sourceId] })
}

/** The claim no longer citing a source; detaching one it does not cite changes nothing. */
export function detachSource(claim: Claim, sourceId: string): Claim {
  return { ...claim, sourceIds: claim.sourceIds.filter((id) => id !== sourceId) }
}

/** The claim assigned to a reviewer, or to nobody when `assignee` is null or blank. */
export function assign(claim: Claim, assignee: string | null): Result<Claim> {
  const checked = validateAssignee(assignee)
  return checked.ok ? ok({ ...claim, assignee: checked.value }) : checked
}

/** Claims whose anchor mark is gone from the text: kept, and shown detached with their quote. */
export function detachedClaims(
  claims: readonly Claim[],
  anchoredIds: ReadonlySet<string>
): Claim[] {
  return claims.filter((claim) => !anchoredIds.has(claim.id))
}
