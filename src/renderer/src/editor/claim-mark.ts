/**
 * The claim anchor: a mark that carries only the claim's id. Status and everything else that
 * changes live in the claim's body (src/collab/claims), because y-tiptap stores overlapping marks
 * under a key hashed from their attributes: a changing attribute would mean remove-and-re-add.
 */
import { Mark, mergeAttributes } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import type { MarkType } from '@tiptap/pm/model'
import type { EditorView, MarkViewConstructor } from '@tiptap/pm/view'
import { CLAIM_MARK_NAME } from '../../../collab/claims/anchored-claims'
import { english } from '../../../core/i18n/translator'
import { claimClassName, claimTitle } from './claim-look'
import { innermostClaimId } from './claim-ranges'
import type { ClaimLook, ClaimStatusIndex } from './claim-status-index'
import { filterPastedClaims } from './paste-filter'

/** What the claim mark needs from the editor around it; all optional so a bare schema can be built. */
export interface ClaimMarkOptions {
  /** Colours the rendered spans by status; without it spans render plainly. */
  readonly statusIndex: ClaimStatusIndex | null
  /** A click landed on a claim's highlight: the innermost claim under the pointer. */
  readonly onOpenClaim: (claimId: string) => void
  /** Ctrl/Cmd+Shift+C was pressed. */
  readonly onTagShortcut: () => void
  /** The tooltip of a span with `look`, in the reviewer's language (read at every repaint). */
  readonly titleOf: (look: ClaimLook) => string
}

const CLAIM_PLUGIN_KEY = new PluginKey('claimAnchors')

/** The claim mark: `<span class="claim" data-claim-id="…">`, overlapping and nesting freely. */
export const ClaimMark = Mark.create<ClaimMarkOptions>({
  name: CLAIM_MARK_NAME,
  // Claims may overlap and nest; typing at a claim's edge does not extend it.
  excludes: '',
  inclusive: false,
  // "Clear formatting" must not detach claims.
  clearable: false,

  addOptions() {
    return {
      statusIndex: null,
      onOpenClaim: () => undefined,
      onTagShortcut: () => undefined,
      titleOf: (look) => claimTitle(look, english)
    }
  },

  addAttributes() {
    return {
      id: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-claim-id'),
        renderHTML: (attributes: Record<string, unknown>) =>
          typeof attributes['id'] === 'string' ? { 'data-claim-id': attributes['id'] } : {}
      }
    }
  },

  parseHTML() {
    return [
      {
        tag: 'span[data-claim-id]',
        getAttrs: (element) => (element.getAttribute('data-claim-id') ? null : false)
      }
    ]
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes({ class: 'claim' }, HTMLAttributes), 0]
  },

  addKeyboardShortcuts() {
    return {
      'Mod-Shift-c': () => {
        this.options.onTagShortcut()
        return true
      }
    }
  },

  addProseMirrorPlugins() {
    const markType = this.type
    const options = this.options
    return [
      new Plugin({
        key: CLAIM_PLUGIN_KEY,
        props: {
          // A plain ProseMirror mark view rather than TipTap's addMarkView: a room has thousands
          // of claim spans, and TipTap's wrapper re-derives the rendered attributes for each.
          markViews: { [markType.name]: claimMarkView(options.statusIndex, options.titleOf) },
          transformPasted: (slice, view) => filterPastedClaims(slice, view, markType),
          handleClick: (view, pos, event) => {
            const claimId = clickedClaimId(view, pos, event, markType)
            if (claimId !== null) options.onOpenClaim(claimId)
            // The caret still goes where the reviewer clicked.
            return false
          }
        }
      })
    ]
  }
})

/** A mark view whose span registers with the status index for as long as it is on screen. */
function claimMarkView(
  statusIndex: ClaimStatusIndex | null,
  titleOf: (look: ClaimLook) => string
): MarkViewConstructor {
  return (mark) => {
    const span = document.createElement('span')
    const claimId: unknown = mark.attrs['id']
    if (typeof claimId === 'string') span.setAttribute('data-claim-id', claimId)
    let unregister = (): void => undefined
    // Registering paints the span at once, so its class is written once, not twice.
    if (statusIndex && typeof claimId === 'string') {
      unregister = statusIndex.register(claimId, (look) => {
        span.className = claimClassName(look)
        span.title = titleOf(look)
      })
    } else {
      span.className = 'claim'
    }
    return {
      dom: span,
      contentDOM: span,
      // Our own class and title changes are not edits; ProseMirror must not re-read the span.
      ignoreMutation: (mutation) => mutation.type === 'attributes' && mutation.target === span,
      destroy: unregister
    }
  }
}

/** The innermost claim among the highlights around the clicked element, or null. */
function clickedClaimId(
  view: EditorView,
  pos: number,
  event: MouseEvent,
  markType: MarkType
): string | null {
  const candidates: string[] = []
  let element = event.target instanceof Element ? event.target : null
  while (element && element !== view.dom) {
    const id = element.getAttribute('data-claim-id')
    if (id && !candidates.includes(id)) candidates.push(id)
    element = element.parentElement
  }
  if (candidates.length <= 1) return candidates[0] ?? null
  return innermostClaimId(view.state.doc, pos, candidates, markType)
}

/** The claim mark type of an editor's schema. */
export function claimMarkType(view: EditorView): MarkType {
  const type = view.state.schema.marks[CLAIM_MARK_NAME]
  if (!type) throw new Error('the editor has no claim mark')
  return type
}
