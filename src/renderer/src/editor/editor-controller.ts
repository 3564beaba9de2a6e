/** The EditorController the claims panel drives, implemented over one TipTap editor. */
import type { Editor } from '@tiptap/core'
import { TextSelection, type EditorState } from '@tiptap/pm/state'
import type * as Y from 'yjs'
import { createClaimInDoc } from '../../../collab/claims/claims-doc'
import { ok, refuse, type Result } from '../../../core/claims/result'
import { message } from '../../../core/i18n/message'
import type { EditorController } from '../claims/claim-workspace'
import { claimMarkType } from './claim-mark'
import { claimRange, hasTextBetween } from './claim-ranges'
import { rememberFreshClaim } from './claim-repair-plugin'

/** What the controller needs besides the editor. */
export interface EditorControllerDeps {
  readonly editor: Editor
  /** The room document the claim bodies live in. */
  readonly doc: Y.Doc
  /** The reviewer's name, recorded as the claim's author. */
  readonly author: string
  /** A claim was just tagged; the room view opens it. */
  readonly onTagged: (claimId: string) => void
  readonly newId?: () => string
  readonly now?: () => string
}

/** An EditorController bound to `editor`; `destroy` drops its selection listeners. */
export function createEditorController(
  deps: EditorControllerDeps
): EditorController & { destroy(): void } {
  const { editor } = deps
  const cleanups = new Set<() => void>()
  return {
    tagSelection: () => tagSelection(deps),
    revealClaim: (claimId) => revealClaim(editor, claimId),
    subscribeSelection(onChange) {
      let last = hasTextSelection(editor.state)
      onChange(last)
      const handleTransaction = (): void => {
        const next = hasTextSelection(editor.state)
        if (next === last) return
        last = next
        onChange(next)
      }
      editor.on('transaction', handleTransaction)
      const unsubscribe = (): void => {
        editor.off('transaction', handleTransaction)
        cleanups.delete(unsubscribe)
      }
      cleanups.add(unsubscribe)
      return unsubscribe
    },
    destroy: () => cleanups.forEach((cleanup) => cleanup())
  }
}

/** True when the selection covers at least one visible character. */
export function hasTextSelection(state: EditorState): boolean {
  const { from, to, empty } = state.selection
  return !empty && hasTextBetween(state.doc, from, to)
}

const NO_SELECTION = message('claim.refusal.selectText')

/** Creates the claim body first, then anchors it: a peer may see a body before its mark, never a mark without a body from us. */
function tagSelection({
  editor,
  doc,
  author,
  onTagged,
  newId = () => crypto.randomUUID(),
  now = () => new Date().toISOString()
}: EditorControllerDeps): Result<string> {
  const { state } = editor
  if (!hasTextSelection(state)) return refuse(NO_SELECTION)
  const { from, to } = state.selection
  const id = newId()
  const quote = state.doc.textBetween(from, to, '\n')
  const created = createClaimInDoc(doc, { id, quote, author, now: now() })
  if (!created.ok) return created
  const markType = claimMarkType(editor.view)
  const tag = editor.state.tr.addMark(from, to, markType.create({ id }))
  // A concurrent Enter earlier in the paragraph can drop this mark; the editor repairs it.
  editor.view.dispatch(rememberFreshClaim(tag, id, from, to))
  onTagged(id)
  return ok(id)
}

function revealClaim(editor: Editor, claimId: string): boolean {
  const { view } = editor
  const range = claimRange(view.state.doc, claimMarkType(view), claimId)
  if (!range) return false
  const selection = TextSelection.create(view.state.doc, range.from, range.to)
  view.dispatch(view.state.tr.setSelection(selection).scrollIntoView())
  view.focus()
  return true
}
