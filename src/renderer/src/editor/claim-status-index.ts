/**
 * Which status colour each claim highlight shows. Status lives in the claim's body, not in its
 * mark, so each rendered span registers here and is repainted only when its own claim changes:
 * a status change touches that claim's spans, and typing touches nothing.
 */
import type { Claim } from '../../../core/claims/claim'
import type { ClaimStatus } from '../../../core/claims/status'

/** How one claim's highlight should look: its status (null while its body is unknown) and whether it is open. */
export interface ClaimLook {
  readonly status: ClaimStatus | null
  readonly open: boolean
}

/** Repaints one rendered span of a claim. */
export type PaintClaimSpan = (look: ClaimLook) => void

/** The registry of rendered claim spans, fed by the room's claims and the open claim. */
export interface ClaimStatusIndex {
  /** Registers a span of `claimId`, paints it now, and returns the function that unregisters it. */
  register(claimId: string, paint: PaintClaimSpan): () => void
  /** Takes the room's current claims; repaints only the spans of claims whose status changed. */
  updateClaims(claims: readonly Pick<Claim, 'id' | 'status'>[]): void
  /** Marks `claimId` as the open claim (null: none); repaints the old and the new one. */
  setOpenClaim(claimId: string | null): void
  /** Repaints every span, e.g. after the reviewer switched language (tooltips name statuses). */
  repaintAll(): void
  /** The look a span of `claimId` has now. */
  lookOf(claimId: string): ClaimLook
  /** How many spans are registered for `claimId` (for tests and diagnostics). */
  spanCount(claimId: string): number
}

/** An empty index: no spans, no known claims, nothing open. */
export function createClaimStatusIndex(): ClaimStatusIndex {
  const spans = new Map<string, Set<PaintClaimSpan>>()
  let statuses = new Map<string, ClaimStatus>()
  let openClaimId: string | null = null

  const lookOf = (claimId: string): ClaimLook => ({
    status: statuses.get(claimId) ?? null,
    open: claimId === openClaimId
  })
  const repaint = (claimId: string | null): void => {
    if (claimId === null) return
    const painters = spans.get(claimId)
    if (!painters) return
    const look = lookOf(claimId)
    painters.forEach((paint) => paint(look))
  }

  return {
    register(claimId, paint) {
      let painters = spans.get(claimId)
      if (!painters) spans.set(claimId, (painters = new Set()))
      painters.add(paint)
      paint(lookOf(claimId))
      return () => {
        painters.delete(paint)
        if (painters.size === 0 && spans.get(claimId) === painters) spans.delete(claimId)
      }
    },
    updateClaims(claims) {
      const next = new Map(claims.map((claim) => [claim.id, claim.status] as const))
      const changed = new Set<string>()
      next.forEach((status, id) => statuses.get(id) !== status && changed.add(id))
      statuses.forEach((_status, id) => !next.has(id) && changed.add(id))
      statuses = next
      changed.forEach(repaint)
    },
    setOpenClaim(claimId) {
      if (claimId === openClaimId) return
      const previous = openClaimId
      openClaimId = claimId
      repaint(previous)
      repaint(claimId)
    },
    repaintAll: () => spans.forEach((_painters, claimId) => repaint(claimId)),
    lookOf,
    spanCount: (claimId) => spans.get(claimId)?.size ?? 0
  }
}
