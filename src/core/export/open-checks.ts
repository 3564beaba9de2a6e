/** The export gate: what is still open before a briefing can go out as verified. */
import { statusConflict } from '../claims/conflict'
import { claimsWithoutSource, uncitedSources } from '../claims/source-library'
import { statusLabel, type ClaimStatus } from '../claims/status'
import { numberedClaims, type ExportInput } from './export-input'

/** One thing a reviewer should fix, or knowingly export anyway. */
export type OpenCheck =
  | {
      readonly kind: 'not-verified'
      readonly claimId: string
      readonly status: ClaimStatus
      readonly message: string
    }
  | { readonly kind: 'no-source'; readonly claimId: string; readonly message: string }
  | {
      readonly kind: 'awaiting-second-check'
      readonly claimId: string
      readonly verifiedBy: readonly string[]
      readonly message: string
    }
  | {
      readonly kind: 'status-conflict'
      readonly claimId: string
      readonly statuses: readonly ClaimStatus[]
      readonly message: string
    }
  | {
      readonly kind: 'uncited-source'
      readonly sourceId: string
      readonly url: string
      readonly message: string
    }

/** Every open check, claim by claim in footnote order, then the uncited sources. */
export function openChecks(input: ExportInput): OpenCheck[] {
  const numbered = numberedClaims(input)
  const unsourced = new Set(claimsWithoutSource(input.claims, input.library).map((c) => c.id))
  const checks: OpenCheck[] = []
  for (const { claim, number, verdict } of numbered) {
    const name = `Claim ${number} (“${shorten(claim.statement)}”)`
    const conflict = statusConflict(claim.history)
    if (conflict) {
      const labels = conflict.statuses.map((status) => statusLabel(status)).join(' vs ')
      checks.push({
        kind: 'status-conflict',
        claimId: claim.id,
        statuses: conflict.statuses,
        message: `${name} has conflicting statuses: ${labels}.`
      })
    } else if (verdict.kind === 'awaiting') {
      const who = verdict.verifiedBy.join(', ') || 'nobody on record'
      checks.push({
        kind: 'awaiting-second-check',
        claimId: claim.id,
        verifiedBy: verdict.verifiedBy,
        message: `${name} is Verified by ${who}, awaiting a second check.`
      })
    } else if (claim.status !== 'verified') {
      checks.push({
        kind: 'not-verified',
        claimId: claim.id,
        status: claim.status,
        message: `${name} is ${statusLabel(claim.status)}, not Verified.`
      })
    }
    if (unsourced.has(claim.id)) {
      checks.push({ kind: 'no-source', claimId: claim.id, message: `${name} cites no source.` })
    }
  }
  for (const source of uncitedSources(input.library, input.claims)) {
    checks.push({
      kind: 'uncited-source',
      sourceId: source.id,
      url: source.url,
      message: `No claim cites the source “${source.name}” (${source.url}).`
    })
  }
  return checks
}

/** The banner a draft carries inside itself, e.g. "NOT VERIFIED · 3 open checks". */
export function draftBanner(checks: readonly OpenCheck[]): string {
  return `NOT VERIFIED · ${checks.length} open check${checks.length === 1 ? '' : 's'}`
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  // 60 UTF-16 units are at most 60 code points: only longer statements need splitting.
  if (flat.length <= 60) return flat
  const chars = Array.from(flat)
  return chars.length > 60 ? `${chars.slice(0, 59).join('')}…` : flat
}
