/**
 * The seam between the editor and the claims panel. The room view owns which
 * claim is open; the editor reports clicks on highlights and offers the
 * commands the panel needs. Neither side reaches into the other's internals.
 */
import type { Result } from '../../../core/claims/result'

/** What the claims UI may ask of the editor; implemented over TipTap in ../editor. */
export interface EditorController {
  /** Tags the current text selection as a new claim and returns its id, or why it could not. */
  tagSelection(): Result<string>
  /** Scrolls to the claim's span and selects it; false when the claim has no span (detached). */
  revealClaim(claimId: string): boolean
  /** Calls back now and whenever the selection changes between empty and non-empty text. */
  subscribeSelection(onChange: (hasTextSelection: boolean) => void): () => void
}

/** What the editor tells the room view. */
export interface EditorEvents {
  /** The reviewer clicked a claim's highlight (the innermost one under the pointer). */
  readonly onOpenClaim: (claimId: string) => void
  /** The editor is ready (or gone: null); the panel drives it through this controller. */
  readonly onController: (controller: EditorController | null) => void
}
