import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createPrng, type Prng } from '../../tests/support/prng'
import { syncDocs } from '../../tests/support/ydoc-sync'
import { documentFragment, readPlainText, sourceList, writeBriefing } from './briefing-doc'
import { addClaimComment, readClaimComments } from './claims/claim-comments-doc'
import { claimsMap, createClaimInDoc, readClaim, setClaimStatus } from './claims/claims-doc'
import { META_FIELD, SETTINGS_FIELD } from './doc-layout'
import { restoreVersion } from './version-restore'

const NOW = '2026-03-01T10:00:00.000Z'
const PARAGRAPHS = ['GDP grew 3% last year.', 'Unemployment fell to 4%.', 'Exports doubled.']

/** A room as an importer and two reviewers leave it: text, sources, claims, marks, comments. */
function seededRoom(paragraphs: readonly string[] = PARAGRAPHS): Y.Doc {
  const doc = new Y.Doc()
  writeBriefing(
    doc,
    {
      blocks: [
        { kind: 'heading', text: 'Budget briefing', level: 1 },
        ...paragraphs.map((text) => ({ kind: 'paragraph' as const, text }))
      ],
      sources: [{ name: 'Stats office', url: 'https://stats.example/gdp' }],
      rejected: []
    },
    { title: 'Budget', importedAt: NOW }
  )
  createClaimInDoc(doc, { id: 'c1', quote: 'GDP grew 3%', author: 'Ana', now: NOW })
  createClaimInDoc(doc, { id: 'c2', quote: 'Exports doubled', author: 'Ben', now: NOW })
  markText(doc, 1, 0, 11, { claim: { id: 'c1' } })
  setClaimStatus(doc, 'c1', { changeId: 'h1', to: 'in-review', author: 'Ana', now: NOW })
  addClaimComment(doc, 'c1', { id: 'm1', author: 'Ben', now: NOW, text: 'Which table?' })
  return doc
}

/** The text of block `block`: y-prosemirror keeps one XmlText per paragraph here. */
function blockText(doc: Y.Doc, block: number): Y.XmlText {
  const element = documentFragment(doc).get(block) as Y.XmlElement
  return element.get(0) as Y.XmlText
}

type Marks = Record<string, unknown>

function markText(doc: Y.Doc, block: number, at: number, length: number, marks: Marks): void {
  blockText(doc, block).format(at, length, marks)
}

/** A stored version: what the server keeps is the encoded state. */
function versionOf(doc: Y.Doc): Y.Doc {
  return decoded(Y.encodeStateAsUpdate(doc))
}

function decoded(update: Uint8Array): Y.Doc {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, update)
  return doc
}

/** Everything a reader of the room can see, including each text's formatting. */
function visible(doc: Y.Doc): unknown {
  const fragment = documentFragment(doc)
  return {
    tree: fragment.toArray().map(nodeTree),
    xml: fragment.toJSON(),
    sources: sourceList(doc).toJSON(),
    meta: doc.getMap(META_FIELD).toJSON(),
    claims: claimsMap(doc).toJSON(),
    settings: doc.getMap(SETTINGS_FIELD).toJSON()
  }
}

function nodeTree(node: Y.XmlElement | Y.XmlText | Y.XmlHook): unknown {
  if (node instanceof Y.XmlText)
    return { delta: node.toDelta() as unknown, attrs: node.getAttributes() }
  if (node instanceof Y.XmlHook) return node.toJSON()
  return {
    name: node.nodeName,
    attrs: node.getAttributes(),
    children: node.toArray().map(nodeTree)
  }
}

function updatesDuring(doc: Y.Doc, run: () => void): number {
  let updates = 0
  const handleUpdate = (): void => void updates++
  doc.on('update', handleUpdate)
  run()
  doc.off('update', handleUpdate)
  return updates
}

/** Ids of every live unit of content (element, character, map value); marks' bounds excluded. */
function liveIds(doc: Y.Doc): Set<string> {
  const ids = new Set<string>()
  doc.store.clients.forEach((structs) => {
    for (const struct of structs) {
      if (!(struct instanceof Y.Item) || struct.deleted || !struct.countable) continue
      const { client, clock } = struct.id
      for (let i = 0; i < struct.length; i++) ids.add(`${client}:${clock + i}`)
    }
  })
  return ids
}

function wipe(doc: Y.Doc): void {
  doc.transact(() => {
    documentFragment(doc).delete(0, documentFragment(doc).length)
    sourceList(doc).delete(0, sourceList(doc).length)
    for (const id of [...claimsMap(doc).keys()]) claimsMap(doc).delete(id)
    doc.getMap(META_FIELD).clear()
  })
}

describe('restoring a wiped room', () => {
  it('brings every root back, even after the deleted content was garbage-collected', () => {
    const room = seededRoom()
    const version = versionOf(room)
    const expected = visible(version)
    wipe(room)
    const gone = documentFragment(room)._start
    expect(gone?.deleted && gone.content).toBeInstanceOf(Y.ContentDeleted)
    room.getMap(SETTINGS_FIELD).set('locale', 'de')
    const summary = restoreVersion(room, version, 'restore')
    expect(visible(room)).toEqual(expected)
    const textLength = 'Budget briefing'.length + PARAGRAPHS.join('').length
    expect(summary).toEqual({
      textAdded: textLength,
      textRemoved: 0,
      claimsRestored: 2,
      claimsRemoved: 0
    })
  })

  it('passes its origin to the one transaction', () => {
    const room = seededRoom()
    const version = versionOf(room)
    wipe(room)
    const origins: unknown[] = []
    room.on('update', (_update: Uint8Array, origin: unknown) => origins.push(origin))
    restoreVersion(room, version, 'restore')
    expect(origins).toEqual(['restore'])
  })

  it('restores a version from an empty room', () => {
    const version = versionOf(new Y.Doc())
    const room = seededRoom()
    room.getMap(SETTINGS_FIELD).set('locale', 'de')
    const summary = restoreVersion(room, version)
    expect(visible(room)).toEqual(visible(new Y.Doc()))
    expect(summary.claimsRemoved).toBe(2)
    expect(summary.textRemoved).toBe('Budget briefing'.length + PARAGRAPHS.join('').length)
  })
})

describe('restoring by identity', () => {
  it('undoes what was added after the version', () => {
    const room = seededRoom()
    const version = versionOf(room)
    blockText(room, 2).insert(0, 'Sadly, ')
    documentFragment(room).push([paragraph('A new paragraph.')])
    createClaimInDoc(room, { id: 'c9', quote: 'new paragraph', author: 'Ana', now: NOW })
    setClaimStatus(room, 'c1', { changeId: 'h2', to: 'verified', author: 'Ben', now: NOW })
    sourceList(room).push([{ name: 'Blog', url: 'https://blog.example/' }])
    room.getMap(META_FIELD).set('title', 'Renamed')
    const summary = restoreVersion(room, version)
    expect(visible(room)).toEqual(visible(version))
    expect(summary).toEqual({
      textAdded: 0,
      textRemoved: 'Sadly, '.length + 'A new paragraph.'.length,
      claimsRestored: 0,
      claimsRemoved: 1
    })
    expect(readClaim(room, 'c1')?.status).toBe('in-review')
  })

  it('keeps the surviving paragraphs and claims as the same Yjs items', () => {
    const room = seededRoom()
    const version = versionOf(room)
    const survivor = documentFragment(room).get(1)
    const claim = claimsMap(room).get('c1')
    documentFragment(room).delete(2, 2)
    restoreVersion(room, version)
    expect(documentFragment(room).get(1)).toBe(survivor)
    expect(claimsMap(room).get('c1')).toBe(claim)
  })

  it('re-creates a claim deleted and added again under the same id', () => {
    const room = seededRoom()
    const version = versionOf(room)
    claimsMap(room).delete('c2')
    createClaimInDoc(room, { id: 'c2', quote: 'Something else', author: 'Cy', now: NOW })
    const summary = restoreVersion(room, version)
    expect(visible(room)).toEqual(visible(version))
    expect(summary.claimsRestored).toBe(1)
  })

  it('is a no-op that sends no update when nothing changed', () => {
    const room = seededRoom()
    expect(updatesDuring(room, () => restoreVersion(room, versionOf(room)))).toBe(0)
    const version = versionOf(room)
    wipe(room)
    restoreVersion(room, version)
    expect(updatesDuring(room, () => restoreVersion(room, version))).toBe(0)
  })
})

describe('restoring formatting', () => {
  it('brings back a claim mark removed after the version, without retyping the text', () => {
    const room = seededRoom()
    markText(room, 2, 0, 12, { 'claim--b2': { id: 'c2' } })
    const version = versionOf(room)
    markText(room, 1, 0, 11, { claim: null })
    markText(room, 1, 12, 6, { claim: { id: 'c9' } })
    markText(room, 2, 4, 4, { 'claim--b2': null })
    const summary = restoreVersion(room, version)
    expect(visible(room)).toEqual(visible(version))
    expect(summary.textAdded + summary.textRemoved).toBe(0)
  })

  it('gives re-inserted text the version formats, not those of the text before it', () => {
    const room = seededRoom()
    const version = versionOf(room)
    // "GDP grew 3%" is marked; deleting what follows leaves the mark at the insertion point.
    blockText(room, 1).delete(11, blockText(room, 1).length - 11)
    restoreVersion(room, version)
    expect(blockText(room, 1).toDelta()).toEqual([
      { insert: 'GDP grew 3%', attributes: { claim: { id: 'c1' } } },
      { insert: ' last year.' }
    ])
  })

  it('gives the text the version delta ops, even where a split changes no format', () => {
    const room = seededRoom(['Rates rose, prices rose.'])
    // Deleting the text between two claim marks leaves a format item that changes nothing.
    markText(room, 1, 0, 10, { claim: { id: 'c1' } })
    markText(room, 1, 12, 12, { claim: { id: 'c1' } })
    blockText(room, 1).delete(10, 2)
    const version = versionOf(room)
    expect(blockText(version, 1).toDelta()).toHaveLength(2)
    markText(room, 1, 0, 22, { claim: null })
    markText(room, 1, 0, 22, { claim: { id: 'c1' } })
    expect(blockText(room, 1).toDelta()).toHaveLength(1)
    restoreVersion(room, version)
    expect(visible(room)).toEqual(visible(version))
  })

  it('copies a wiped text with the version delta ops, no-op splits included', () => {
    const room = seededRoom(['Rates rose, prices rose.'])
    markText(room, 1, 0, 10, { claim: { id: 'c1' } })
    markText(room, 1, 12, 12, { claim: { id: 'c1' } })
    blockText(room, 1).delete(10, 2)
    const version = versionOf(room)
    wipe(room)
    restoreVersion(room, version)
    expect(blockText(room, 1).toDelta()).toHaveLength(2)
    expect(visible(room)).toEqual(visible(version))
  })

  it('drops a split in the delta ops that the version does not have', () => {
    const room = seededRoom(['Rates rose, prices rose.'])
    markText(room, 1, 0, 24, { claim: { id: 'c1' } })
    const version = versionOf(room)
    blockText(room, 1).insert(10, 'zz', {})
    markText(room, 1, 12, 14, { claim: { id: 'c1', draft: true } })
    markText(room, 1, 12, 14, { claim: { id: 'c1' } })
    blockText(room, 1).delete(10, 2)
    expect(blockText(room, 1).toDelta()).toHaveLength(2)
    restoreVersion(room, version)
    expect(visible(room)).toEqual(visible(version))
  })

  it('never keeps half of a surrogate pair', () => {
    const room = seededRoom(['Rates 😀 rose'])
    const version = versionOf(room)
    // 😃 shares its first UTF-16 unit with 😀; keeping that unit alone would corrupt both.
    blockText(room, 1).delete(6, 2)
    blockText(room, 1).insert(6, '😃')
    restoreVersion(room, version)
    expect(blockText(room, 1).toDelta()).toEqual(blockText(version, 1).toDelta())
    expect(readPlainText(room)).toContain('Rates 😀 rose')
  })

  it('restores text and marks that use overlapping claim keys', () => {
    const room = seededRoom()
    markText(room, 1, 4, 10, { 'claim--x': { id: 'c2' } })
    const version = versionOf(room)
    blockText(room, 1).delete(2, 10)
    blockText(room, 1).insert(2, 'NEW', { 'claim--x': { id: 'c3' } })
    restoreVersion(room, version)
    expect(visible(room)).toEqual(visible(version))
  })
})

describe('restoring a version from another history', () => {
  it('applies deletions of the version that the room never received', () => {
    const room = seededRoom()
    const version = versionOf(room)
    // Deleting adds no items, so the room still holds everything the version holds.
    documentFragment(version).delete(2, 1)
    claimsMap(version).delete('c2')
    const summary = restoreVersion(room, version)
    expect(visible(room)).toEqual(visible(version))
    expect(summary).toEqual({
      textAdded: 0,
      textRemoved: PARAGRAPHS[1]?.length,
      claimsRestored: 0,
      claimsRemoved: 1
    })
  })

  it('restores a version the room shares nothing with', () => {
    const room = seededRoom()
    const version = seededRoom(['Another briefing.'])
    restoreVersion(room, version)
    expect(visible(room)).toEqual(visible(version))
    expect(updatesDuring(room, () => restoreVersion(room, version))).toBe(0)
  })
})

describe('restoring while a replica is offline', () => {
  it('merges its edits in surviving content with the restored content', () => {
    const paragraphs = Array.from({ length: 10 }, (_, i) => `Paragraph ${i} says something.`)
    const room = seededRoom(paragraphs)
    const version = versionOf(room)
    // Half the paragraphs (every other one) are deleted and synced to the reviewer's replica.
    room.transact(() => {
      for (let block = 10; block >= 2; block -= 2) documentFragment(room).delete(block, 1)
    })
    const offline = new Y.Doc()
    syncDocs(room, offline)
    // Offline, the reviewer edits a surviving paragraph and comments on a claim.
    blockText(offline, 1).insert(0, 'Offline: ')
    addClaimComment(offline, 'c1', { id: 'm2', author: 'Cy', now: NOW, text: 'Checked it.' })
    restoreVersion(room, version)
    expect(visible(room)).toEqual(visible(version))
    syncDocs(room, offline)
    const expectedText = readPlainText(version).replace('Paragraph 0', 'Offline: Paragraph 0')
    for (const replica of [room, offline]) {
      expect(readPlainText(replica)).toBe(expectedText)
      expect(readClaimComments(replica, 'c1').map((comment) => comment.id)).toEqual(['m1', 'm2'])
    }
    expect(visible(offline)).toEqual(visible(room))
  })

  it('still works on a room compacted after the version', () => {
    const room = seededRoom()
    const version = versionOf(room)
    documentFragment(room).delete(1, 2)
    claimsMap(room).delete('c2')
    blockText(room, 1).insert(0, 'Edited: ')
    const compacted = decoded(Y.encodeStateAsUpdate(room))
    const peer = versionOf(compacted)
    const survivorId = (documentFragment(compacted).get(1) as Y.XmlElement)._item?.id
    const summary = restoreVersion(compacted, version)
    expect(visible(compacted)).toEqual(visible(version))
    expect((documentFragment(compacted).get(3) as Y.XmlElement)._item?.id).toEqual(survivorId)
    expect(summary.claimsRestored).toBe(1)
    blockText(peer, 1).insert(0, 'Peer ')
    syncDocs(compacted, peer)
    expect(readPlainText(peer)).toContain('Peer Exports doubled.')
    expect(readPlainText(peer)).toContain('GDP grew 3% last year.')
    expect(visible(peer)).toEqual(visible(compacted))
  })
})

function paragraph(text: string): Y.XmlElement {
  const element = new Y.XmlElement('paragraph')
  element.insert(0, [new Y.XmlText(text)])
  return element
}

/** One random edit of the kind reviewers make. */
function randomEdit(doc: Y.Doc, prng: Prng, step: number): void {
  const fragment = documentFragment(doc)
  const claimIds = [...claimsMap(doc).keys()]
  const choice = prng.int(9)
  if (fragment.length === 0 || choice === 0) {
    fragment.insert(prng.int(fragment.length + 1), [paragraph(`new ${prng.word()}`)])
  } else if (choice === 1) {
    fragment.delete(prng.int(fragment.length), 1)
  } else if (choice <= 4) {
    editText(blockText(doc, prng.int(fragment.length)), prng, choice)
  } else if (choice === 5) {
    createClaimInDoc(doc, { id: `n${step}`, quote: prng.word(), author: 'Ana', now: NOW })
  } else if (claimIds.length === 0) {
    return
  } else if (choice === 6) {
    claimsMap(doc).delete(prng.pick(claimIds))
  } else if (choice === 7) {
    const to = prng.pick(['verified', 'disputed', 'false'] as const)
    setClaimStatus(doc, prng.pick(claimIds), { changeId: `s${step}`, to, author: 'Ben', now: NOW })
  } else {
    const comment = { id: `m${step}`, author: 'Cy', now: NOW, text: prng.word() }
    addClaimComment(doc, prng.pick(claimIds), comment)
  }
}

/** Types, deletes or marks a few characters; typed text sometimes takes the marks around it. */
function editText(text: Y.XmlText, prng: Prng, choice: number): void {
  const at = prng.int(text.length + 1)
  const span = Math.min(prng.int(5), text.length - at)
  const mark = prng.pick<Marks | undefined>([undefined, {}, { claim: { id: 'c1' } }])
  if (choice === 2) text.insert(at, prng.word(), mark)
  else if (choice === 3) text.delete(at, span)
  else
    text.format(at, span, { [prng.pick(['claim', 'claim--z'])]: prng.pick([null, { id: 'c2' }]) })
}

describe('restoring after random edits', () => {
  it.each(Array.from({ length: 30 }, (_, seed) => seed))('seed %i reads as the version', (seed) => {
    const prng = createPrng(seed)
    const room = seededRoom(Array.from({ length: 4 }, () => `${prng.word()} ${prng.word()}`))
    for (let step = 0; step < 10; step++) randomEdit(room, prng, step)
    const version = versionOf(room)
    for (let step = 10; step < 40; step++) randomEdit(room, prng, step)
    const target = prng.chance(0.3) ? decoded(Y.encodeStateAsUpdate(room)) : room
    const before = liveIds(target)
    restoreVersion(target, version)
    expect(visible(target)).toEqual(visible(version))
    // Minimal by identity: nothing alive both in the room and in the version was deleted.
    const after = liveIds(target)
    const dropped = [...liveIds(version)].filter((id) => before.has(id) && !after.has(id))
    expect(dropped).toEqual([])
    expect(updatesDuring(target, () => restoreVersion(target, version))).toBe(0)
  })
})
