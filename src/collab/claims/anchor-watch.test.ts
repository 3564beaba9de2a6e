import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { documentFragment } from '../briefing-doc'
import { observeAnchors, type AnchorSnapshot } from './anchor-watch'
import { createClaimInDoc } from './claims-doc'

/** A room with two paragraphs, each marked as one claim, as y-tiptap stores marks. */
function roomWithTwoClaims(): { doc: Y.Doc; texts: Y.XmlText[] } {
  const doc = new Y.Doc()
  const texts = ['second', 'first'].map((id) => {
    const paragraph = new Y.XmlElement('paragraph')
    const text = new Y.XmlText()
    text.insert(0, `The ${id} claim.`, { claim: { id } })
    paragraph.insert(0, [text])
    return { paragraph, text, id }
  })
  documentFragment(doc).insert(
    0,
    texts.map((entry) => entry.paragraph)
  )
  for (const { id } of texts) {
    createClaimInDoc(doc, { id, quote: `The ${id} claim.`, author: 'Alice', now: 'T' })
  }
  return { doc, texts: texts.map((entry) => entry.text) }
}

describe('observeAnchors', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('reports anchored claims in document order at once', () => {
    const { doc } = roomWithTwoClaims()
    const seen: AnchorSnapshot[] = []
    observeAnchors(doc, (snapshot) => seen.push(snapshot))
    expect(seen[0]?.anchored).toEqual(['second', 'first'])
    expect([...(seen[0]?.checked ?? [])].sort()).toEqual(['first', 'second'])
  })

  it('walks the text again only once edits pause', () => {
    const { doc, texts } = roomWithTwoClaims()
    const seen: AnchorSnapshot[] = []
    const stop = observeAnchors(doc, (snapshot) => seen.push(snapshot), 300)
    const first = texts[1]
    if (!first) throw new Error('fixture')
    first.delete(0, 4)
    vi.advanceTimersByTime(100)
    first.delete(0, first.length)
    expect(seen).toHaveLength(1)
    vi.advanceTimersByTime(300)
    expect(seen).toHaveLength(2)
    expect(seen[1]?.anchored).toEqual(['second'])
    expect(seen[1]?.checked.has('first')).toBe(true)
    stop()
    texts[0]?.delete(0, 2)
    vi.advanceTimersByTime(1000)
    expect(seen).toHaveLength(2)
  })

  it('sees marks added to and removed from texts it has already read', () => {
    const { doc, texts } = roomWithTwoClaims()
    const [second, first] = texts
    if (!first || !second) throw new Error('fixture')
    const seen: AnchorSnapshot[] = []
    const stop = observeAnchors(doc, (snapshot) => seen.push(snapshot), 300)
    first.format(0, 3, { 'claim--abcdefgh': { id: 'added' } })
    vi.advanceTimersByTime(300)
    expect(seen[1]?.anchored).toEqual(['second', 'added', 'first'])
    second.format(0, second.length, { claim: null })
    vi.advanceTimersByTime(300)
    expect(seen[2]?.anchored).toEqual(['added', 'first'])
    stop()
  })
})
