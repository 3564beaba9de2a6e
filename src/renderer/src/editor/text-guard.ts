/**
 * Keeps a checker's editor to what a checker may do to the text: tag claims. Typing, pasting,
 * deleting and any mark but the claim mark are filtered out before they reach the document,
 * so nothing is sent that the server would refuse. Changes rendered from the room (others'
 * edits) always pass.
 */
import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import type { Transaction } from '@tiptap/pm/state'
import { AddMarkStep, RemoveMarkStep } from '@tiptap/pm/transform'
import { ySyncPluginKey } from '@tiptap/y-tiptap'

/** Options: whether the text itself may be edited now (read on every transaction). */
export interface TextGuardOptions {
  readonly mayEditText: () => boolean
  /** The mark a checker may add and remove. */
  readonly markName: string
}

/** True when `tr` only adds or removes `markName` marks, or changes no content at all. */
export function onlyTouchesMark(tr: Transaction, markName: string): boolean {
  if (!tr.docChanged) return true
  return tr.steps.every(
    (step) =>
      (step instanceof AddMarkStep || step instanceof RemoveMarkStep) &&
      step.mark.type.name === markName
  )
}

export const TextGuard = Extension.create<TextGuardOptions>({
  name: 'textGuard',
  addOptions() {
    return { mayEditText: () => true, markName: 'claim' }
  },
  addProseMirrorPlugins() {
    const { mayEditText, markName } = this.options
    return [
      new Plugin({
        key: new PluginKey('textGuard'),
        filterTransaction: (tr) =>
          mayEditText() || tr.getMeta(ySyncPluginKey) !== undefined || onlyTouchesMark(tr, markName)
      })
    ]
  }
})
