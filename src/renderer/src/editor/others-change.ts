/** Telling another reviewer's edit from our own, in the metadata y-tiptap puts on transactions. */
import type { Transaction } from '@tiptap/pm/state'
import { ySyncPluginKey } from '@tiptap/y-tiptap'

interface SyncMeta {
  readonly isChangeOrigin?: boolean
  readonly isUndoRedoOperation?: boolean
}

/**
 * True when `tr` renders a change that came from the room document and was not our own undo
 * or redo (y-tiptap renders those from the document too).
 */
export function isOthersChange(tr: Transaction): boolean {
  const meta = tr.getMeta(ySyncPluginKey) as SyncMeta | undefined
  return meta?.isChangeOrigin === true && meta.isUndoRedoOperation !== true
}
