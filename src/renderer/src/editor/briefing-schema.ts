/** The briefing's document extensions: what the text may contain, without the sync layer. */
import type { AnyExtension } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import { ClaimMark, type ClaimMarkOptions } from './claim-mark'
import { isSafeLinkHref } from './safe-link'

/** StarterKit as the briefing uses it, plus the claim mark configured with `claimOptions`. */
export function briefingExtensions(claimOptions: Partial<ClaimMarkOptions> = {}): AnyExtension[] {
  return [
    StarterKit.configure({
      // Yjs keeps the undo history (per reviewer); ProseMirror's own would undo others' edits.
      undoRedo: false,
      link: {
        // A click in the text opens claims; it must never navigate away from the briefing.
        openOnClick: false,
        isAllowedUri: (url) => isSafeLinkHref(url)
      }
    }),
    ClaimMark.configure(claimOptions)
  ]
}
