import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { checkUpdate } from '../core/access/update-policy'
import {
  observeArticleUrl,
  readArticleUrl,
  readReviewRules,
  setArticleUrl,
  settingsMap
} from './room-settings'
import { describeUpdate } from './update-changes'

describe('the published article’s address', () => {
  it('is read back as set, and an empty field clears it', () => {
    const doc = new Y.Doc()
    expect(readArticleUrl(doc)).toBeNull()
    expect(setArticleUrl(doc, ' https://news.example/heat ')).toEqual({
      ok: true,
      value: 'https://news.example/heat'
    })
    expect(readArticleUrl(doc)).toBe('https://news.example/heat')
    expect(setArticleUrl(doc, '')).toEqual({ ok: true, value: null })
    expect(readArticleUrl(doc)).toBeNull()
    expect(settingsMap(doc).has('articleUrl')).toBe(false)
  })

  it('refuses an address that is not http(s), changing nothing', () => {
    const doc = new Y.Doc()
    setArticleUrl(doc, 'https://news.example/heat')
    const refused = setArticleUrl(doc, 'javascript:alert(1)')
    expect(refused.ok).toBe(false)
    expect(readArticleUrl(doc)).toBe('https://news.example/heat')
  })

  it('ignores an invalid value a peer stored', () => {
    const doc = new Y.Doc()
    settingsMap(doc).set('articleUrl', 'javascript:alert(1)')
    expect(readArticleUrl(doc)).toBeNull()
  })

  it('leaves the review rules alone', () => {
    const doc = new Y.Doc()
    setArticleUrl(doc, 'https://news.example/heat')
    expect(readReviewRules(doc, { secondCheck: true })).toEqual({ secondCheck: true })
  })

  it('tells observers of every change of the address, and only of that', () => {
    const doc = new Y.Doc()
    const seen: (string | null)[] = []
    const stop = observeArticleUrl(doc, (url) => seen.push(url))
    setArticleUrl(doc, 'https://news.example/a')
    settingsMap(doc).set('secondCheck', true)
    setArticleUrl(doc, 'https://news.example/a')
    setArticleUrl(doc, '')
    stop()
    setArticleUrl(doc, 'https://news.example/b')
    expect(seen).toEqual([null, 'https://news.example/a', null])
  })

  it('may be set by editors and admins, not by checkers', () => {
    const server = new Y.Doc()
    const client = new Y.Doc()
    const before = Y.encodeStateVector(client)
    setArticleUrl(client, 'https://news.example/heat')
    const { changes } = describeUpdate(server, Y.encodeStateAsUpdate(client, before))
    expect(checkUpdate(changes, { role: 'checker', name: 'Ben' }).ok).toBe(false)
    expect(checkUpdate(changes, { role: 'editor', name: 'Eva' }).ok).toBe(true)
    expect(checkUpdate(changes, { role: 'admin', name: 'Ada' }).ok).toBe(true)
  })
})
