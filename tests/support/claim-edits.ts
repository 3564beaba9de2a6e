/**
 * Random edits of a room document as reviewers make them in the editor and the claims panel:
 * text typed and deleted, paragraphs split and removed, claims tagged, given statuses, sources
 * and comments. Every change goes through the same src/collab functions the app uses.
 */
import type * as Y from 'yjs'
import { documentFragment } from '../../src/collab/briefing-doc'
import { addClaimComment } from '../../src/collab/claims/claim-comments-doc'
import {
  attachClaimSource,
  claimsMap,
  createClaimInDoc,
  setClaimStatus
} from '../../src/collab/claims/claims-doc'
import { addSourceToLibrary, readSourceLibrary } from '../../src/collab/claims/source-library-doc'
import { CLAIM_STATUSES } from '../../src/core/claims/status'
import { markClaim } from './claim-marks'
import type { Prng } from './prng'
import { insertParagraph, paragraphText } from './tiptap-doc'

/** Who is editing and how fresh ids are made; `created` collects every claim that was made. */
export interface EditContext {
  readonly doc: Y.Doc
  readonly random: Prng
  readonly author: string
  /** A new id, unique across all replicas of the room. */
  readonly nextId: (prefix: string) => string
  readonly created: Set<string>
}

interface DeltaOp {
  readonly insert?: unknown
  readonly attributes?: Record<string, unknown>
}

const NOW = '2026-03-01T10:00:00.000Z'
const WEIGHTED_EDITS: readonly (readonly [number, (context: EditContext) => void])[] = [
  [22, typeText],
  [14, deleteText],
  [4, splitParagraph],
  [3, insertNewParagraph],
  [2, deleteParagraph],
  [22, tagClaim],
  [13, changeStatus],
  [10, citeSource],
  [10, commentOnClaim]
]
const TOTAL_WEIGHT = WEIGHTED_EDITS.reduce((sum, [weight]) => sum + weight, 0)

/** Applies one random edit chosen by weight. */
export function randomClaimEdit(context: EditContext): void {
  let roll = context.random.int(TOTAL_WEIGHT)
  for (const [weight, edit] of WEIGHTED_EDITS) {
    if (roll < weight) return edit(context)
    roll -= weight
  }
}

/** A random paragraph's text and its block index, or undefined when there is none. */
function someParagraph(context: EditContext): { text: Y.XmlText; index: number } | undefined {
  const blocks = documentFragment(context.doc).length
  if (blocks === 0) return undefined
  const index = context.random.int(blocks)
  const text = paragraphText(context.doc, index)
  return text ? { text, index } : undefined
}

/** A random claim this replica knows of. */
function someClaim(context: EditContext): string | undefined {
  const ids = [...claimsMap(context.doc).keys()].sort()
  return ids.length === 0 ? undefined : context.random.pick(ids)
}

function typeText(context: EditContext): void {
  const { doc, random } = context
  const target = someParagraph(context)
  if (!target) return insertParagraph(doc, 0, random.word())
  const at = random.int(target.text.length + 1)
  const word = ` ${random.word(4)}`
  // Typing next to a mark either continues it (Yjs's default) or not (a non-inclusive mark).
  if (random.chance(0.5)) target.text.insert(at, word)
  else target.text.insert(at, word, {})
}

function deleteText(context: EditContext): void {
  const target = someParagraph(context)
  if (!target || target.text.length === 0) return
  const start = context.random.int(target.text.length)
  const longest = target.text.length - start
  target.text.delete(start, 1 + context.random.int(Math.min(longest, 12)))
}

/** Splits a paragraph as y-tiptap stores Enter: the tail is deleted and re-inserted below. */
function splitParagraph(context: EditContext): void {
  const target = someParagraph(context)
  if (!target || target.text.length < 2) return
  const at = 1 + context.random.int(target.text.length - 1)
  const tail = deltaFrom(target.text, at)
  context.doc.transact(() => {
    target.text.delete(at, target.text.length - at)
    insertParagraph(context.doc, target.index + 1, '')
    const moved = paragraphText(context.doc, target.index + 1)
    let offset = 0
    for (const op of tail) {
      moved?.insert(offset, op.text, { ...op.attributes })
      offset += op.text.length
    }
  })
}

function deltaFrom(text: Y.XmlText, from: number): { text: string; attributes: object }[] {
  const tail: { text: string; attributes: object }[] = []
  let position = 0
  for (const op of text.toDelta() as DeltaOp[]) {
    if (typeof op.insert !== 'string') continue
    const end = position + op.insert.length
    if (end > from) {
      tail.push({
        text: op.insert.slice(Math.max(0, from - position)),
        attributes: op.attributes ?? {}
      })
    }
    position = end
  }
  return tail
}

function insertNewParagraph(context: EditContext): void {
  const blocks = documentFragment(context.doc).length
  insertParagraph(context.doc, context.random.int(blocks + 1), context.random.word())
}

function deleteParagraph(context: EditContext): void {
  const fragment = documentFragment(context.doc)
  if (fragment.length > 1) fragment.delete(context.random.int(fragment.length), 1)
}

/** Tags a claim as the editor's "Tag claim" does: the claim's body, then the mark on its text. */
function tagClaim(context: EditContext): void {
  const target = someParagraph(context)
  if (!target || target.text.length === 0) return
  const start = context.random.int(target.text.length)
  const length = 1 + context.random.int(Math.min(target.text.length - start, 20))
  const quote = plainText(target.text).slice(start, start + length)
  const id = context.nextId('claim')
  const created = createClaimInDoc(context.doc, { id, quote, author: context.author, now: NOW })
  if (!created.ok) return
  context.created.add(id)
  markClaim(target.text, start, length, id)
}

function changeStatus(context: EditContext): void {
  const claimId = someClaim(context)
  if (!claimId) return
  const to = context.random.pick(CLAIM_STATUSES)
  const changeId = context.nextId('change')
  setClaimStatus(context.doc, claimId, { changeId, to, author: context.author, now: NOW })
}

function citeSource(context: EditContext): void {
  const claimId = someClaim(context)
  if (!claimId) return
  if (context.random.chance(0.3)) {
    const name = `Source ${context.random.word()}`
    addSourceToLibrary(context.doc, { name, url: `https://${context.random.word()}.example/` })
  }
  const library = readSourceLibrary(context.doc)
  if (library.length > 0) {
    attachClaimSource(context.doc, claimId, context.random.pick(library).id)
  }
}

function commentOnClaim(context: EditContext): void {
  const claimId = someClaim(context)
  if (!claimId) return
  const text = `Check ${context.random.word()}`
  addClaimComment(context.doc, claimId, {
    id: context.nextId('comment'),
    author: context.author,
    now: NOW,
    text
  })
}

function plainText(text: Y.XmlText): string {
  return (text.toDelta() as DeltaOp[])
    .map((op) => (typeof op.insert === 'string' ? op.insert : ''))
    .join('')
}
