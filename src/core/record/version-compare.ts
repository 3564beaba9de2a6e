/**
 * A version compared with the room now: the text word by word (jsdiff's word diff, a
 * well-kept library rather than our own), and the claims added, removed or changed.
 */
import { diffWords } from 'diff'
import type { Claim } from '../claims/claim'
import { message, type Message } from '../i18n/message'
import { english, type Translator } from '../i18n/translator'

/** What a room looks like for comparing: its plain text and claims. */
export interface ComparedRoom {
  readonly text: string
  readonly claims: readonly Claim[]
}

/** One stretch of text: in both, only in the version (removed since), or only now (added). */
export interface TextStretch {
  readonly kind: 'same' | 'removed' | 'added'
  readonly text: string
}

/** A claim in both whose statement, status or sources differ. */
export interface ClaimChange {
  readonly id: string
  readonly quote: string
  /** Each difference as "field: then → now", in the language compareVersion was given. */
  readonly differences: readonly string[]
}

/** The comparison, from the version's point of view ("removed" = gone since the version). */
export interface VersionComparison {
  readonly text: readonly TextStretch[]
  readonly removedClaims: readonly Claim[]
  readonly addedClaims: readonly Claim[]
  readonly changedClaims: readonly ClaimChange[]
}

/** Compares `version` with `now`, naming the differences in `tr`'s language. */
export function compareVersion(
  version: ComparedRoom,
  now: ComparedRoom,
  tr: Translator = english
): VersionComparison {
  const text = diffWords(version.text, now.text).map((part): TextStretch => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value
  }))
  const nowById = new Map(now.claims.map((claim) => [claim.id, claim]))
  const thenIds = new Set(version.claims.map((claim) => claim.id))
  const changedClaims: ClaimChange[] = []
  for (const then of version.claims) {
    const current = nowById.get(then.id)
    if (!current) continue
    const differences = claimDifferences(then, current).map(tr.text)
    if (differences.length > 0) changedClaims.push({ id: then.id, quote: then.quote, differences })
  }
  return {
    text,
    removedClaims: version.claims.filter((claim) => !nowById.has(claim.id)),
    addedClaims: now.claims.filter((claim) => !thenIds.has(claim.id)),
    changedClaims
  }
}

/** The differences of one claim, each a whole "field: then → now" sentence. */
export function claimDifferences(then: Claim, now: Claim): Message[] {
  const differences: Message[] = []
  if (then.status !== now.status) {
    differences.push(
      message('activity.compare.status', {
        from: message(`claim.status.${then.status}`),
        to: message(`claim.status.${now.status}`)
      })
    )
  }
  if (then.statement !== now.statement) {
    differences.push(
      message('activity.compare.statement', { from: then.statement, to: now.statement })
    )
  }
  if (then.sourceIds.join('\n') !== now.sourceIds.join('\n')) {
    differences.push(
      message('activity.compare.sources', {
        from: then.sourceIds.length,
        to: now.sourceIds.length
      })
    )
  }
  if (then.assignee !== now.assignee)
    differences.push(assigneeDifference(then.assignee, now.assignee))
  return differences
}

function assigneeDifference(from: string | null, to: string | null): Message {
  if (from === null) return message('activity.compare.assigneeAdded', { to: to ?? '' })
  if (to === null) return message('activity.compare.assigneeRemoved', { from })
  return message('activity.compare.assignee', { from, to })
}

/** True when nothing differs. */
export function isUnchanged(comparison: VersionComparison): boolean {
  return (
    comparison.text.every((stretch) => stretch.kind === 'same') &&
    comparison.removedClaims.length === 0 &&
    comparison.addedClaims.length === 0 &&
    comparison.changedClaims.length === 0
  )
}
