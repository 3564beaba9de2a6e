/**
 * Claims in the room document. Every change goes through the core operations, so the rules
 * (limits, statuses, history) are the same offline, online and in tests.
 */
import * as Y from 'yjs'
import type { Claim, StatusChange } from '../../core/claims/claim'
import {
  assign,
  attachSource,
  confirmationFor,
  createClaim,
  editClaimant,
  editStatement,
  sendBackFor,
  statusChangeFor,
  type NewClaimInput,
  type SecondCheckInput,
  type StatusChangeInput
} from '../../core/claims/operations'
import { ok, refuse, type Result } from '../../core/claims/result'
import { message } from '../../core/i18n/message'
import { CLAIM_KEYS, CLAIMS_FIELD } from './claims-layout'
import { decodeClaim } from './claim-codec'
import { readSourceLibrary } from './source-library-doc'

const DAMAGED = message('claim.refusal.claimDamaged')

/** The room's claims: claim id → that claim's fields. */
export function claimsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(CLAIMS_FIELD)
}

/** The fields of one claim, or undefined when the room has no such claim. */
export function claimFields(doc: Y.Doc, claimId: string): Y.Map<unknown> | undefined {
  const fields = claimsMap(doc).get(claimId)
  return fields instanceof Y.Map ? fields : undefined
}

/**
 * Adds a claim. Its nested arrays and set are created here, once, by the one replica that owns
 * the new id: a Y type created lazily by two replicas at once would keep only one of them.
 */
export function createClaimInDoc(doc: Y.Doc, input: NewClaimInput): Result<Claim> {
  const created = createClaim(input)
  if (!created.ok) return created
  if (claimsMap(doc).has(input.id)) return refuse(message('claim.refusal.claimIdTaken'))
  const claim = created.value
  const fields = new Y.Map<unknown>()
  fields.set(CLAIM_KEYS.kind, claim.kind)
  fields.set(CLAIM_KEYS.quote, claim.quote)
  fields.set(CLAIM_KEYS.statement, claim.statement)
  fields.set(CLAIM_KEYS.status, claim.status)
  fields.set(CLAIM_KEYS.assignee, claim.assignee)
  fields.set(CLAIM_KEYS.createdBy, claim.createdBy)
  fields.set(CLAIM_KEYS.createdAt, claim.createdAt)
  fields.set(CLAIM_KEYS.history, new Y.Array<StatusChange>())
  fields.set(CLAIM_KEYS.sourceIds, new Y.Map<true>())
  fields.set(CLAIM_KEYS.comments, new Y.Array())
  claimsMap(doc).set(claim.id, fields)
  return ok(claim)
}

/** Changes a claim's status and appends the change to its history, in one transaction. */
export function setClaimStatus(
  doc: Y.Doc,
  claimId: string,
  input: StatusChangeInput
): Result<Claim> {
  return appendStatusChange(doc, claimId, (claim) => statusChangeFor(claim, input))
}

/** Confirms another member's verification: the second check. */
export function confirmClaim(doc: Y.Doc, claimId: string, input: SecondCheckInput): Result<Claim> {
  return appendStatusChange(doc, claimId, (claim) => confirmationFor(claim, input))
}

/** Sends a verification back to In review with a note, instead of confirming it. */
export function sendClaimBack(doc: Y.Doc, claimId: string, input: SecondCheckInput): Result<Claim> {
  return appendStatusChange(doc, claimId, (claim) => sendBackFor(claim, input))
}

function appendStatusChange(
  doc: Y.Doc,
  claimId: string,
  changeFor: (claim: Claim) => Result<StatusChange>
): Result<Claim> {
  return updateClaim(doc, claimId, (claim, fields) => {
    const change = changeFor(claim)
    if (!change.ok) return change
    const history = nested(fields, CLAIM_KEYS.history, Y.Array<StatusChange>)
    if (!history) return refuse(DAMAGED)
    fields.set(CLAIM_KEYS.status, change.value.to)
    history.push([change.value])
    return ok(claim)
  })
}

/** Sets who made a claim, or clears it with a blank name. */
export function editClaimClaimant(doc: Y.Doc, claimId: string, claimant: string): Result<Claim> {
  return updateClaim(doc, claimId, (claim, fields) => {
    const edited = editClaimant(claim, claimant)
    if (!edited.ok) return edited
    if (edited.value.claimant === undefined) fields.delete(CLAIM_KEYS.claimant)
    else fields.set(CLAIM_KEYS.claimant, edited.value.claimant)
    return edited
  })
}

/** Rewords a claim's statement. */
export function editClaimStatement(doc: Y.Doc, claimId: string, statement: string): Result<Claim> {
  return updateClaim(doc, claimId, (claim, fields) => {
    const edited = editStatement(claim, statement)
    if (edited.ok) fields.set(CLAIM_KEYS.statement, edited.value.statement)
    return edited
  })
}

/** Assigns a claim to a reviewer, or to nobody with null. */
export function assignClaim(doc: Y.Doc, claimId: string, assignee: string | null): Result<Claim> {
  return updateClaim(doc, claimId, (claim, fields) => {
    const assigned = assign(claim, assignee)
    if (assigned.ok) fields.set(CLAIM_KEYS.assignee, assigned.value.assignee)
    return assigned
  })
}

/** Makes a claim cite a source from the room's library. */
export function attachClaimSource(doc: Y.Doc, claimId: string, sourceId: string): Result<Claim> {
  return updateClaim(doc, claimId, (claim, fields) => {
    const attached = attachSource(claim, sourceId, readSourceLibrary(doc))
    const sourceIds = nested(fields, CLAIM_KEYS.sourceIds, Y.Map<true>)
    if (!attached.ok) return attached
    if (!sourceIds) return refuse(DAMAGED)
    sourceIds.set(sourceId, true)
    return attached
  })
}

/** Stops a claim citing a source. */
export function detachClaimSource(doc: Y.Doc, claimId: string, sourceId: string): Result<Claim> {
  return updateClaim(doc, claimId, (claim, fields) => {
    nested(fields, CLAIM_KEYS.sourceIds, Y.Map<true>)?.delete(sourceId)
    return ok(claim)
  })
}

/** One claim as plain data, or null. */
export function readClaim(doc: Y.Doc, claimId: string): Claim | null {
  const fields = claimFields(doc, claimId)
  return fields ? decodeClaim(claimId, fields) : null
}

/** Every claim, oldest first; ties broken by id so every replica lists them alike. */
export function readClaims(doc: Y.Doc): Claim[] {
  const claims: Claim[] = []
  claimsMap(doc).forEach((fields, id) => {
    const claim = fields instanceof Y.Map ? decodeClaim(id, fields) : null
    if (claim) claims.push(claim)
  })
  return sortClaims(claims)
}

/**
 * Calls `onClaims` with every claim now and after each change, local or remote; returns unsubscribe.
 * `changed` holds the ids of the claims that transaction touched (null on the first call).
 * Only those are decoded again: the rest keep their previous objects, so a status change in a
 * room of thousands of claims costs one decode, and consumers can compare claims by identity.
 */
export function observeClaims(
  doc: Y.Doc,
  onClaims: (claims: Claim[], changed: ReadonlySet<string> | null) => void
): () => void {
  const map = claimsMap(doc)
  const decoded = new Map<string, Claim>()
  map.forEach((fields, id) => cacheClaim(decoded, id, fields))
  let claims = sortClaims([...decoded.values()])
  const handleChange = (events: Y.YEvent<Y.AbstractType<unknown>>[]): void => {
    const changed = changedClaimIds(map, events)
    let reorder = false
    for (const id of changed) {
      const before = decoded.get(id)
      const after = cacheClaim(decoded, id, map.get(id))
      reorder ||= !before || !after || before.createdAt !== after.createdAt
    }
    claims = reorder
      ? sortClaims([...decoded.values()])
      : claims.map((claim) => (changed.has(claim.id) ? (decoded.get(claim.id) ?? claim) : claim))
    onClaims(claims, changed)
  }
  map.observeDeep(handleChange)
  onClaims(claims, null)
  return () => map.unobserveDeep(handleChange)
}

/** Decodes one claim into `decoded` (or drops it when it is gone or unreadable); returns it. */
function cacheClaim(decoded: Map<string, Claim>, id: string, fields: unknown): Claim | null {
  const claim = fields instanceof Y.Map ? decodeClaim(id, fields) : null
  if (claim) decoded.set(id, claim)
  else decoded.delete(id)
  return claim
}

/** The ids of the claims a batch of deep events touched: added, removed, or changed inside. */
function changedClaimIds(
  map: Y.Map<Y.Map<unknown>>,
  events: readonly Y.YEvent<Y.AbstractType<unknown>>[]
): Set<string> {
  const ids = new Set<string>()
  for (const event of events) {
    if (event.target === map) event.keys.forEach((_change, key) => ids.add(key))
    else if (typeof event.path[0] === 'string') ids.add(event.path[0])
  }
  return ids
}

/** Oldest first; ties broken by id so every replica lists them alike. */
function sortClaims(claims: Claim[]): Claim[] {
  return claims.sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  )
}

/** Runs `apply` on the current claim inside one transaction; the returned claim is re-read. */
function updateClaim(
  doc: Y.Doc,
  claimId: string,
  apply: (claim: Claim, fields: Y.Map<unknown>) => Result<Claim>
): Result<Claim> {
  let result: Result<Claim> = refuse(message('claim.refusal.claimGone'))
  doc.transact(() => {
    const fields = claimFields(doc, claimId)
    const claim = fields ? decodeClaim(claimId, fields) : null
    if (!fields || !claim) return
    const applied = apply(claim, fields)
    result = applied.ok ? ok(decodeClaim(claimId, fields) ?? applied.value) : applied
  })
  return result
}

/** A nested Y type of the expected class, or undefined when a peer stored something else. */
export function nested<T>(
  fields: Y.Map<unknown>,
  key: string,
  type: abstract new (...args: never[]) => T
): T | undefined {
  const value = fields.get(key)
  return value instanceof type ? value : undefined
}
