/** Reading claims back out of Yjs: peers' data is checked, never trusted to have our shape. */
import * as Y from 'yjs'
import type { Claim, Comment } from '../../core/claims/claim'
import { DEFAULT_CLAIM_STATUS, isClaimStatus } from '../../core/claims/status'
import { decodeStatusChange } from '../../core/claims/status-change-codec'
import { CLAIM_KEYS } from './claims-layout'

type Fields = Record<string, unknown>

/** The plain fields of a Y.Map-stored claim, or null when it is not a claim. */
export function decodeClaim(id: string, map: Y.Map<unknown>): Claim | null {
  const f = (key: string): unknown => map.get(key)
  if (f(CLAIM_KEYS.kind) !== 'claim') return null
  const quote = stringOr(f(CLAIM_KEYS.quote), '')
  const status = f(CLAIM_KEYS.status)
  const assignee = f(CLAIM_KEYS.assignee)
  const claimant = f(CLAIM_KEYS.claimant)
  return {
    id,
    kind: 'claim',
    quote,
    statement: stringOr(f(CLAIM_KEYS.statement), quote),
    ...(typeof claimant === 'string' && claimant.trim() !== ''
      ? { claimant: claimant.trim() }
      : {}),
    sourceIds: sourceIdsOf(map),
    // A status we cannot read shows as the default rather than hiding the claim.
    status: isClaimStatus(status) ? status : DEFAULT_CLAIM_STATUS,
    assignee: typeof assignee === 'string' ? assignee : null,
    createdBy: stringOr(f(CLAIM_KEYS.createdBy), ''),
    createdAt: stringOr(f(CLAIM_KEYS.createdAt), ''),
    history: arrayOf(map, CLAIM_KEYS.history).flatMap((item) => decodeStatusChange(item) ?? [])
  }
}

/** A claim's comments in stored order, skipping any that cannot be read. */
export function decodeComments(map: Y.Map<unknown>): Comment[] {
  return arrayOf(map, CLAIM_KEYS.comments).flatMap((item) => decodeComment(item) ?? [])
}

/** One comment, or null. */
export function decodeComment(value: unknown): Comment | null {
  if (!isFields(value)) return null
  const { id, parentId, author, createdAt, text } = value
  if (typeof id !== 'string' || typeof author !== 'string') return null
  if (typeof createdAt !== 'string' || typeof text !== 'string') return null
  return { id, parentId: typeof parentId === 'string' ? parentId : null, author, createdAt, text }
}

/** The items of a nested Y.Array field, or none when the field is missing or not an array. */
export function arrayOf(map: Y.Map<unknown>, key: string): unknown[] {
  const value = map.get(key)
  return value instanceof Y.Array ? value.toArray() : []
}

/** Cited source ids, sorted: Y.Map key order can differ between replicas, this must not. */
function sourceIdsOf(map: Y.Map<unknown>): string[] {
  const set = map.get(CLAIM_KEYS.sourceIds)
  return set instanceof Y.Map ? [...set.keys()].sort() : []
}

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback
}
