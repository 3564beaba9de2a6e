/**
 * Claim anchors under concurrent edits, through y-tiptap's own ProseMirror→Yjs diff: the code
 * path the editor takes, without a browser. Each replica edits its ProseMirror view of the
 * fragment, writes it back with `updateYFragment`, and then the replicas exchange updates. Where
 * the tagger's own repair takes part, each replica is an editor with y-tiptap's real plugins.
 */
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state'
import type { Node as PmNode } from '@tiptap/pm/model'
import {
  prosemirrorToYXmlFragment,
  updateYFragment,
  yXmlFragmentToProseMirrorRootNode
} from '@tiptap/y-tiptap'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { claimIdsIn } from './claim-ranges'
import { rememberFreshClaim, REPAIR_WINDOW_MS } from './claim-repair-plugin'
import { openTestReplica, undoManager, type TestReplica } from './test-replica'
import { claim, claimType, docOf, paragraph, schema, text } from './test-schema'
import { syncDocs } from '../../../../tests/support/ydoc-sync'

const FIELD = 'document'

/** One reviewer's replica of the room document. */
function replica(seed?: Y.Doc): Y.Doc {
  const doc = new Y.Doc()
  if (seed) Y.applyUpdate(doc, Y.encodeStateAsUpdate(seed))
  return doc
}

function pmDoc(doc: Y.Doc): PmNode {
  return yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(FIELD), schema)
}

/** Applies a ProseMirror edit to a replica, as the editor's sync plugin would. */
function edit(doc: Y.Doc, change: (state: EditorState) => Transaction): void {
  const state = EditorState.create({ schema, doc: pmDoc(doc) })
  const next = change(state).doc
  updateYFragment(doc, doc.getXmlFragment(FIELD), next, { mapping: new Map(), isOMark: new Map() })
}

/** The text of each paragraph with the claim ids on it, e.g. "GDP [c]grew[/c]". */
function paragraphsWithClaims(doc: Y.Doc): string[] {
  const blocks: string[] = []
  pmDoc(doc).forEach((block) => {
    let line = ''
    block.forEach((child) => {
      const ids = claimIdsIn(child.marks, claimType).sort()
      line += ids.length ? `[${ids.join(',')}]${child.text ?? ''}[/]` : (child.text ?? '')
    })
    blocks.push(line)
  })
  return blocks
}

/** "GDP grew 3% in 2025." with claim c on "grew 3%" (positions 5..12). */
function seeded(): Y.Doc {
  const doc = new Y.Doc()
  prosemirrorToYXmlFragment(
    docOf(paragraph(text('GDP '), text('grew 3%', claim('c')), text(' in 2025.'))),
    doc.getXmlFragment(FIELD)
  )
  return doc
}

const splitAt =
  (pos: number) =>
  (state: EditorState): Transaction =>
    state.tr.setSelection(TextSelection.create(state.doc, pos)).split(pos)

describe('claim anchors under concurrent edits', () => {
  it('keep the id on both halves when a paragraph is split inside the claim', () => {
    const ana = seeded()
    const ben = replica(ana)
    edit(ana, splitAt(9))
    syncDocs(ana, ben)
    expect(paragraphsWithClaims(ben)).toEqual(['GDP [c]grew[/]', '[c] 3%[/] in 2025.'])
  })

  it('survive typing and deleting inside the claim while another reviewer types around it', () => {
    const ana = seeded()
    const ben = replica(ana)
    edit(ana, (state) => state.tr.insertText('nearly ', 5))
    edit(ben, (state) => state.tr.insertText('!', 21).delete(10, 11))
    syncDocs(ana, ben)
    expect(paragraphsWithClaims(ana)).toEqual(paragraphsWithClaims(ben))
    expect(paragraphsWithClaims(ana)).toEqual(['GDP nearly [c]grew %[/] in 2025.!'])
  })

  it('survive a concurrent split elsewhere in the paragraph', () => {
    const ana = seeded()
    const ben = replica(ana)
    edit(ana, splitAt(15))
    edit(ben, (state) => state.tr.insertText('x', 8))
    syncDocs(ana, ben)
    expect(paragraphsWithClaims(ana)).toEqual(paragraphsWithClaims(ben))
    expect(paragraphsWithClaims(ana)).toEqual(['GDP [c]grexw 3%[/] in', ' 2025.'])
  })
})

/** The tag as the editor controller makes it: the mark, and the repair told to watch it. */
const tagAt =
  (from: number, to: number, id: string) =>
  (state: EditorState): Transaction =>
    rememberFreshClaim(state.tr.addMark(from, to, claim(id)), id, from, to)

/** Lets the tagger's repair run (it waits for the sync layer to finish), then syncs again. */
async function settle(a: Y.Doc, b: Y.Doc): Promise<void> {
  syncDocs(a, b)
  await new Promise((resolve) => setTimeout(resolve, 0))
  syncDocs(a, b)
}

describe('a tag made while another reviewer splits its paragraph', () => {
  // STACK.md: y-tiptap stores a split as delete and re-insert of the moved half, so a mark added
  // concurrently on the moved text lands on deleted items. The tagger's editor repairs it.
  const replicas: TestReplica[] = []
  const open = (doc: Y.Doc, now?: () => number): TestReplica => {
    const opened = openTestReplica(doc, now)
    replicas.push(opened)
    return opened
  }
  afterEach(() => replicas.splice(0).forEach((opened) => opened.destroy()))

  it('is re-anchored on the moved text, on both replicas', async () => {
    const ana = open(seeded())
    const ben = open(replica(ana.doc))
    ben.dispatch(splitAt(4)(ben.state))
    ana.dispatch(tagAt(16, 20, 'late')(ana.state))
    await settle(ana.doc, ben.doc)
    const onAna = paragraphsWithClaims(ana.doc)
    expect(onAna).toEqual(paragraphsWithClaims(ben.doc))
    expect(onAna).toEqual(['GDP', ' [c]grew 3%[/] in [late]2025[/].'])
  })

  it('stays detached when its quote occurs twice with the same context', async () => {
    const twice = new Y.Doc()
    prosemirrorToYXmlFragment(
      docOf(
        paragraph(text('GDP '), text('grew 3%', claim('c')), text(' in 2025.')),
        paragraph(text('GDP grew 3% in 2025.'))
      ),
      twice.getXmlFragment(FIELD)
    )
    const ana = open(replica(twice))
    const ben = open(replica(twice))
    ben.dispatch(splitAt(4)(ben.state))
    ana.dispatch(tagAt(16, 20, 'late')(ana.state))
    await settle(ana.doc, ben.doc)
    const onAna = paragraphsWithClaims(ana.doc)
    expect(onAna).toEqual(paragraphsWithClaims(ben.doc))
    expect(onAna).toEqual(['GDP', ' [c]grew 3%[/] in 2025.', 'GDP grew 3% in 2025.'])
  })

  it("is repaired outside the tagger's undo history", async () => {
    const ana = open(seeded())
    const ben = open(replica(ana.doc))
    ben.dispatch(splitAt(4)(ben.state))
    ana.dispatch(tagAt(16, 20, 'late')(ana.state))
    expect(ana.undoDepth()).toBe(1)
    await settle(ana.doc, ben.doc)
    expect(ana.undoDepth()).toBe(1)
    // Ana's next Ctrl+Z takes back her own next edit, not the repair.
    ana.dispatch(ana.state.tr.insertText('!', ana.state.doc.content.size - 1))
    expect(ana.undoDepth()).toBe(2)
    undoManager(ana.state).undo()
    await settle(ana.doc, ben.doc)
    expect(paragraphsWithClaims(ben.doc)).toEqual(['GDP', ' [c]grew 3%[/] in [late]2025[/].'])
  })

  it('is not re-applied after the tagger undoes the tag', async () => {
    const ana = open(seeded())
    const ben = open(replica(ana.doc))
    ana.dispatch(tagAt(16, 20, 'late')(ana.state))
    undoManager(ana.state).undo()
    ben.dispatch(splitAt(4)(ben.state))
    await settle(ana.doc, ben.doc)
    expect(paragraphsWithClaims(ana.doc)).toEqual(['GDP', ' [c]grew 3%[/] in 2025.'])
  })

  it('is left detached once the repair window has passed', async () => {
    let now = 0
    const ana = open(seeded(), () => now)
    const ben = open(replica(ana.doc))
    ben.dispatch(splitAt(4)(ben.state))
    ana.dispatch(tagAt(16, 20, 'late')(ana.state))
    now = REPAIR_WINDOW_MS + 1
    await settle(ana.doc, ben.doc)
    expect(paragraphsWithClaims(ana.doc)).toEqual(['GDP', ' [c]grew 3%[/] in 2025.'])
  })
})
