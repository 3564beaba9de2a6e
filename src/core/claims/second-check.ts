/**
 * The second check: on rooms with the rule on, a Verified claim counts as verified only once
 * another member has confirmed it. Read from the status history alone (conflict.ts's graph),
 * so replicas that merged the same entries agree, however the entries crossed offline.
 */
import { message, type Message } from '../i18n/message'
import type { ReviewerRef, StatusChange } from './claim'
import { statusHeads } from './conflict'

/** The room's review rules (stored in the room's settings, see src/collab/room-settings.ts). */
export interface ReviewRules {
  /** A Verified claim needs a second member's confirmation. */
  readonly secondCheck: boolean
}

/** Rules of a room without the second check: one reviewer's Verified is final. */
export const SINGLE_CHECK: ReviewRules = { secondCheck: false }

/** Where a claim stands with the second check. */
export type SecondCheck =
  | { readonly kind: 'not-verified' }
  | {
      readonly kind: 'awaiting'
      /** The changes that set Verified and still wait for someone else's confirmation. */
      readonly verifications: readonly StatusChange[]
    }
  | {
      readonly kind: 'confirmed'
      readonly verifications: readonly StatusChange[]
      /** Confirmations by members other than the verifier, in history order. */
      readonly confirmations: readonly StatusChange[]
    }

/** True for an entry that confirms a verification. */
export function isConfirmation(change: StatusChange): boolean {
  return change.action === 'confirm'
}

/**
 * The second-check state of a history. Every latest entry must be Verified; each is settled
 * when it is a confirmation by someone other than every verification it builds on (through
 * other confirmations). Confirmations that crossed offline both count; a confirmation that
 * crossed a send-back or a status change is a conflict, and the claim is not verified.
 */
export function secondCheckOf(history: readonly StatusChange[]): SecondCheck {
  const heads = statusHeads(history)
  if (heads.length === 0 || heads.some((head) => head.to !== 'verified')) {
    return { kind: 'not-verified' }
  }
  const byId = new Map(history.map((change) => [change.id, change]))
  const verifications = new Map<string, StatusChange>()
  const confirmations = new Map<string, StatusChange>()
  let settled = true
  for (const head of heads) {
    const chain = confirmationChain(head, byId)
    for (const change of chain.verifications) verifications.set(change.id, change)
    const confirmers = chain.confirmations.filter((c) =>
      chain.verifications.every((v) => v.author !== c.author)
    )
    for (const change of confirmers) confirmations.set(change.id, change)
    settled &&= chain.verifications.length > 0 && confirmers.length > 0
  }
  const inOrder = (entries: Map<string, StatusChange>): StatusChange[] =>
    history.filter((change) => entries.has(change.id))
  if (!settled) return { kind: 'awaiting', verifications: inOrder(verifications) }
  return {
    kind: 'confirmed',
    verifications: inOrder(verifications),
    confirmations: inOrder(confirmations)
  }
}

/** The confirmations from `head` down, and the Verified entries they stand on. */
function confirmationChain(
  head: StatusChange,
  byId: ReadonlyMap<string, StatusChange>
): { verifications: StatusChange[]; confirmations: StatusChange[] } {
  const verifications: StatusChange[] = []
  const confirmations: StatusChange[] = []
  const seen = new Set<string>()
  const stack = [head]
  for (let change = stack.pop(); change; change = stack.pop()) {
    if (seen.has(change.id)) continue
    seen.add(change.id)
    if (!isConfirmation(change)) {
      if (change.to === 'verified') verifications.push(change)
      continue
    }
    confirmations.push(change)
    for (const id of change.basis) {
      const below = byId.get(id)
      if (below) stack.push(below)
    }
  }
  return { verifications, confirmations }
}

/** The members who set Verified and are waiting for a confirmation, or who were confirmed. */
export function verifiersOf(check: SecondCheck): ReviewerRef[] {
  return check.kind === 'not-verified' ? [] : unique(check.verifications.map((c) => c.author))
}

/** The members who confirmed. */
export function confirmersOf(check: SecondCheck): ReviewerRef[] {
  return check.kind === 'confirmed' ? unique(check.confirmations.map((c) => c.author)) : []
}

/**
 * Why `reviewer` may not confirm a claim with this history, or undefined when they may: there
 * must be a verification awaiting a check, and they must not be the one who set it.
 */
export function confirmationRefusal(
  history: readonly StatusChange[],
  reviewer: ReviewerRef
): Message | undefined {
  const check = secondCheckOf(history)
  if (check.kind === 'not-verified') return message('claim.refusal.confirmNotVerified')
  if (check.kind === 'confirmed') return message('claim.refusal.confirmedAlready')
  if (verifiersOf(check).includes(reviewer)) return message('claim.refusal.confirmOwnVerification')
  return undefined
}

/**
 * Why an entry of `history` (or one about to be added to it) is not a valid confirmation by its
 * author: it must build on Verified entries only, none of them set by that author.
 */
export function confirmationEntryRefusal(
  entry: StatusChange,
  history: readonly StatusChange[]
): Message | undefined {
  if (entry.from !== 'verified' || entry.to !== 'verified') {
    return message('server.update.confirmKeepsVerified')
  }
  const byId = new Map(history.map((change) => [change.id, change]))
  const chain = confirmationChain(entry, byId)
  if (chain.verifications.length === 0) return message('server.update.confirmNeedsVerification')
  const basis = entry.basis.map((id) => byId.get(id))
  if (basis.some((change) => change === undefined || change.to !== 'verified')) {
    return message('server.update.confirmVerifiedOnly')
  }
  if (chain.verifications.some((change) => change.author === entry.author)) {
    return message('server.update.confirmByOther')
  }
  return undefined
}

/** Why a send-back entry is not valid: it returns a Verified claim to In review, with a note. */
export function sendBackEntryRefusal(entry: StatusChange): Message | undefined {
  if (entry.from !== 'verified' || entry.to !== 'in-review') {
    return message('server.update.sendBackToInReview')
  }
  if ((entry.note ?? '').trim().length === 0) return message('server.update.sendBackNeedsNote')
  return undefined
}

function unique(names: readonly ReviewerRef[]): ReviewerRef[] {
  return [...new Set(names)]
}
