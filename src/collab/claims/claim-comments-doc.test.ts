import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { commentThreads } from '../../core/claims/comments'
import { createClaimInDoc } from './claims-doc'
import {
  addClaimComment,
  observeClaimComments,
  readClaimComments,
  replyToClaimComment
} from './claim-comments-doc'
import { syncDocs } from '../../../tests/support/ydoc-sync'

const NOW = '2026-03-01T10:00:00.000Z'

function roomWithClaim(): Y.Doc {
  const doc = new Y.Doc()
  createClaimInDoc(doc, { id: 'c1', quote: 'GDP grew 3%', author: 'Ana', now: NOW })
  return doc
}

describe('comments in one document', () => {
  it('stores a thread and its replies', () => {
    const doc = roomWithClaim()
    addClaimComment(doc, 'c1', { id: 'm1', author: 'Ana', now: NOW, text: 'Which table?' })
    replyToClaimComment(doc, 'c1', 'm1', { id: 'm2', author: 'Ben', now: NOW, text: 'Table 2' })
    expect(readClaimComments(doc, 'c1')).toEqual([
      { id: 'm1', parentId: null, author: 'Ana', createdAt: NOW, text: 'Which table?' },
      { id: 'm2', parentId: 'm1', author: 'Ben', createdAt: NOW, text: 'Table 2' }
    ])
  })

  it('refuses comments on unknown claims, bad text and replies to nothing', () => {
    const doc = roomWithClaim()
    const input = { id: 'm1', author: 'Ana', now: NOW, text: 'hi' }
    expect(addClaimComment(doc, 'nope', input)).toMatchObject({
      ok: false,
      message: 'That claim no longer exists.'
    })
    expect(addClaimComment(doc, 'c1', { ...input, text: 'x'.repeat(5001) }).ok).toBe(false)
    expect(replyToClaimComment(doc, 'c1', 'gone', input).ok).toBe(false)
    expect(readClaimComments(doc, 'c1')).toEqual([])
    expect(readClaimComments(doc, 'nope')).toEqual([])
  })

  it('tells observers about comments, even when the claim arrives later', () => {
    const doc = roomWithClaim()
    const peer = new Y.Doc()
    const counts: number[] = []
    const unsubscribe = observeClaimComments(peer, 'c1', (comments) => counts.push(comments.length))
    addClaimComment(doc, 'c1', { id: 'm1', author: 'Ana', now: NOW, text: 'one' })
    syncDocs(doc, peer)
    unsubscribe()
    expect(counts).toEqual([0, 1])
  })
})

describe('comments from two replicas at once', () => {
  it('all survive, in the same order on both', () => {
    const ana = roomWithClaim()
    const ben = new Y.Doc()
    syncDocs(ana, ben)
    addClaimComment(ana, 'c1', { id: 'a1', author: 'Ana', now: NOW, text: 'Source?' })
    addClaimComment(ben, 'c1', { id: 'b1', author: 'Ben', now: NOW, text: 'Looks wrong' })
    syncDocs(ana, ben)
    replyToClaimComment(ana, 'c1', 'b1', { id: 'a2', author: 'Ana', now: NOW, text: 'Why?' })
    replyToClaimComment(ben, 'c1', 'b1', { id: 'b2', author: 'Ben', now: NOW, text: 'See p. 4' })
    syncDocs(ana, ben)
    const onAna = readClaimComments(ana, 'c1')
    expect(onAna).toEqual(readClaimComments(ben, 'c1'))
    expect(onAna.map((comment) => comment.id).sort()).toEqual(['a1', 'a2', 'b1', 'b2'])
    const thread = commentThreads(onAna).find((t) => t.root.id === 'b1')
    expect(thread?.replies.map((r) => r.id).sort()).toEqual(['a2', 'b2'])
  })
})
