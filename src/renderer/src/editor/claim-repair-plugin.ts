/**
 * The tagging reviewer's editor repairs its own fresh claims: for a few seconds after a tag,
 * another reviewer's edit that drops the claim's mark is answered by re-applying the mark where
 * claim-repair.ts finds exactly one place for it. Only the tagger remembers a claim, so two
 * replicas never both repair it. The repair is an ordinary edit, so it syncs, but it stays out
 * of the reviewer's undo history: Ctrl+Z must undo what they did, not a repair they never saw.
 */
import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import { CLAIM_MARK_NAME } from '../../../collab/claims/anchored-claims'
import { findRepairRange, freshClaimAt, hasClaimMark, type FreshClaim } from './claim-repair'

/** How long a tagged claim is watched; concurrent edits arrive well within it. */
export const REPAIR_WINDOW_MS = 10_000

/** What the repair needs to know about the editor around it. */
export interface ClaimRepairOptions {
  /** True for a transaction that brings another reviewer's edits (not our own undo or redo). */
  readonly isOthersChange: (tr: Transaction) => boolean
  readonly windowMs: number
  readonly now: () => number
}

interface WatchedClaim extends FreshClaim {
  readonly expiresAt: number
  /** Whether it had its mark after the last transaction. */
  readonly anchored: boolean
}

interface RepairState {
  readonly watched: readonly WatchedClaim[]
  /** Counts others' edits, so the view knows when one arrived since it last looked. */
  readonly othersChanges: number
}

/** Transaction metadata: a claim just tagged, to `remember`. */
interface RepairMeta {
  readonly remember: { readonly id: string; readonly from: number; readonly to: number }
}

const CLAIM_REPAIR_KEY = new PluginKey<RepairState>('claimRepair')

/** Marks `tr`, which tags claim `id` over `from..to`, so the editor watches over that claim. */
export function rememberFreshClaim(
  tr: Transaction,
  id: string,
  from: number,
  to: number
): Transaction {
  return tr.setMeta(CLAIM_REPAIR_KEY, { remember: { id, from, to } } satisfies RepairMeta)
}

/** The repair as a TipTap extension, configured with how to recognise others' edits. */
export const ClaimRepair = Extension.create<ClaimRepairOptions>({
  name: 'claimRepair',
  addOptions() {
    return { isOthersChange: () => false, windowMs: REPAIR_WINDOW_MS, now: () => Date.now() }
  },
  addProseMirrorPlugins() {
    return [claimRepairPlugin(this.options)]
  }
})

/** The ProseMirror plugin behind ClaimRepair. */
export function claimRepairPlugin(options: ClaimRepairOptions): Plugin<RepairState> {
  return new Plugin<RepairState>({
    key: CLAIM_REPAIR_KEY,
    state: {
      init: () => ({ watched: [], othersChanges: 0 }),
      apply: (tr, value, _old, state) => nextRepairState(tr, value, state, options)
    },
    view: () => {
      let seen = 0
      return {
        update: (view) => {
          const { othersChanges } = CLAIM_REPAIR_KEY.getState(view.state) ?? { othersChanges: 0 }
          if (othersChanges === seen) return
          seen = othersChanges
          // Not now: the sync layer is still applying the others' edit, and would not pass on
          // an edit dispatched from inside it.
          queueMicrotask(() => repairClaims(view))
        }
      }
    }
  })
}

function nextRepairState(
  tr: Transaction,
  value: RepairState,
  state: EditorState,
  options: ClaimRepairOptions
): RepairState {
  const remember = (tr.getMeta(CLAIM_REPAIR_KEY) as RepairMeta | undefined)?.remember
  // Nothing watched, nothing to remember: the usual case costs nothing.
  if (value.watched.length === 0 && !remember) return value
  const now = options.now()
  // A repaired claim stays watched: a second Enter may have crossed the repair itself.
  let watched = value.watched.filter((claim) => claim.expiresAt > now)
  const fresh = remember && freshClaimAt(state.doc, remember.from, remember.to, remember.id)
  if (fresh) watched = [...watched, { ...fresh, expiresAt: now + options.windowMs, anchored: true }]
  if (watched.length === 0 || !tr.docChanged) return { ...value, watched }
  const markType = state.schema.marks[CLAIM_MARK_NAME]
  if (!markType) return { ...value, watched: [] }
  const others = options.isOthersChange(tr)
  watched = watched.flatMap((claim) => {
    const anchored = hasClaimMark(state.doc, markType, claim.id)
    // Our own edit (a deletion, an undo of the tag) took the mark away on purpose: let it go.
    if (!others && claim.anchored && !anchored) return []
    return [{ ...claim, anchored }]
  })
  return { watched, othersChanges: value.othersChanges + (others ? 1 : 0) }
}

/** Re-applies the marks of watched claims that lost theirs, where each has one clear place. */
function repairClaims(view: EditorView): void {
  if (view.isDestroyed) return
  const { state } = view
  const markType = state.schema.marks[CLAIM_MARK_NAME]
  const watched = CLAIM_REPAIR_KEY.getState(state)?.watched ?? []
  if (!markType) return
  const tr = state.tr
  for (const claim of watched) {
    const range = claim.anchored ? null : findRepairRange(state.doc, markType, claim)
    if (range) tr.addMark(range.from, range.to, markType.create({ id: claim.id }))
  }
  if (!tr.docChanged) return
  // 'addToHistory' is what y-tiptap's undo manager reads to leave an edit out of the history.
  view.dispatch(tr.setMeta('addToHistory', false))
}
