/**
 * A reviewer's editor for unit tests, without a browser: y-tiptap's real sync and undo plugins
 * and the claim repair over a ProseMirror state, driven by a minimal stand-in for the view (it
 * applies transactions and updates plugin views, which is all these plugins ask of one).
 */
import { EditorState, type Plugin, type PluginView, type Transaction } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import { ySyncPlugin, yUndoPlugin, yUndoPluginKey } from '@tiptap/y-tiptap'
import type * as Y from 'yjs'
import { claimRepairPlugin, REPAIR_WINDOW_MS } from './claim-repair-plugin'
import { isOthersChange } from './others-change'
import { schema } from './test-schema'

/** A reviewer's editor over the `document` fragment of `doc`. */
export interface TestReplica {
  readonly doc: Y.Doc
  readonly state: EditorState
  dispatch(tr: Transaction): void
  /** How many steps Ctrl+Z would take back. */
  undoDepth(): number
  destroy(): void
}

/** Opens an editor on `doc`; `now` is the repair's clock. */
export function openTestReplica(doc: Y.Doc, now: () => number = () => 0): TestReplica {
  // y-tiptap declares its sync plugin's type as `any`.
  const sync = ySyncPlugin(doc.getXmlFragment('document')) as Plugin
  const plugins: Plugin[] = [
    sync,
    yUndoPlugin(),
    claimRepairPlugin({ isOthersChange, windowMs: REPAIR_WINDOW_MS, now })
  ]
  const pluginViews: PluginView[] = []
  const view = {
    state: EditorState.create({ schema, plugins }),
    isDestroyed: false,
    hasFocus: () => false,
    dispatch(tr: Transaction): void {
      const previous = view.state
      view.state = view.state.apply(tr)
      for (const pluginView of pluginViews) pluginView.update?.(asView(view), previous)
    }
  }
  for (const plugin of plugins) {
    const pluginView = plugin.spec.view?.(asView(view))
    if (pluginView) pluginViews.push(pluginView)
  }
  return {
    doc,
    get state() {
      return view.state
    },
    dispatch: (tr) => view.dispatch(tr),
    undoDepth: () => undoManager(view.state).undoStack.length,
    destroy() {
      view.isDestroyed = true
      pluginViews.forEach((pluginView) => pluginView.destroy?.())
    }
  }
}

/** y-tiptap's undo manager for `state`. */
export function undoManager(state: EditorState): Y.UndoManager {
  return (yUndoPluginKey.getState(state) as { undoManager: Y.UndoManager }).undoManager
}

function asView(view: object): EditorView {
  return view as EditorView
}
