import { describe, expect, it } from 'vitest'
import type { Comment } from './claim'
import { addComment, commentThreads, reply } from './comments'
import { unwrap } from '../../../tests/support/result'

const NOW = '2026-03-01T10:00:00.000Z'

describe('addComment', () => {
  it('starts a thread with a cleaned author and trimmed text', () => {
    expect(addComment({ id: 'm1', author: ' Ana ', now: NOW, text: ' Source? ' })).toEqual({
      ok: true,
      value: { id: 'm1', parentId: null, author: 'Ana', createdAt: NOW, text: 'Source?' }
    })
  })

  it('refuses empty or overlong text, a missing id and a nameless author', () => {
    const input = { id: 'm', author: 'Ana', now: NOW, text: 'ok' }
    expect(addComment({ ...input, text: '  ' })).toMatchObject({
      ok: false,
      message: 'The comment cannot be empty.'
    })
    expect(addComment({ ...input, text: 'x'.repeat(5001) })).toMatchObject({
      ok: false,
      message: 'The comment is 5001 characters long; the limit is 5000.'
    })
    expect(addComment({ ...input, id: '' }).ok).toBe(false)
    expect(addComment({ ...input, author: '' }).ok).toBe(false)
  })
})

describe('reply', () => {
  const root = unwrap(addComment({ id: 'm1', author: 'Ana', now: NOW, text: 'Source?' }))

  it('joins the thread of the comment replied to', () => {
    const first = unwrap(
      reply([root], 'm1', { id: 'm2', author: 'Ben', now: NOW, text: 'Table 2' })
    )
    expect(first.parentId).toBe('m1')
    const nested = unwrap(
      reply([root, first], 'm2', { id: 'm3', author: 'Ana', now: NOW, text: 'Thanks' })
    )
    expect(nested.parentId).toBe('m1')
  })

  it('refuses a reply to a comment that does not exist', () => {
    expect(reply([root], 'gone', { id: 'm2', author: 'Ben', now: NOW, text: 'x' })).toMatchObject({
      ok: false,
      message: 'The comment you are replying to no longer exists.'
    })
  })
})

describe('commentThreads', () => {
  it('groups replies under their thread in stored order, keeping orphans visible', () => {
    const comments: Comment[] = [
      { id: 'a', parentId: null, author: 'Ana', createdAt: NOW, text: '1' },
      { id: 'b', parentId: null, author: 'Ben', createdAt: NOW, text: '2' },
      { id: 'c', parentId: 'a', author: 'Ben', createdAt: NOW, text: '1.1' },
      { id: 'd', parentId: 'lost', author: 'Cleo', createdAt: NOW, text: '?' },
      { id: 'e', parentId: 'a', author: 'Ana', createdAt: NOW, text: '1.2' }
    ]
    expect(
      commentThreads(comments).map((thread) => [thread.root.id, thread.replies.map((r) => r.id)])
    ).toEqual([
      ['a', ['c', 'e']],
      ['b', []],
      ['d', []]
    ])
  })
})
