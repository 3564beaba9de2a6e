import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { parseBriefing } from '../core/parse-briefing'
import {
  documentFragment,
  hasDocumentContent,
  readPlainText,
  readSources,
  writeBriefing
} from './briefing-doc'

const text =
  '# Title\n\nFirst paragraph.\n\nSecond paragraph.\n\nSources:\n- A: https://a.example/1'

describe('writeBriefing', () => {
  it('lays the briefing out as y-tiptap nodes and fills the source library', () => {
    const doc = new Y.Doc()
    writeBriefing(doc, parseBriefing(text), { title: 'Title' })
    const nodes = documentFragment(doc).toArray() as Y.XmlElement[]
    expect(nodes.map((node) => node.nodeName)).toEqual(['heading', 'paragraph', 'paragraph'])
    expect(nodes[0]?.getAttribute('level')).toBe('1')
    expect(readPlainText(doc)).toBe('Title\nFirst paragraph.\nSecond paragraph.')
    expect(readSources(doc)).toEqual([{ name: 'A', url: 'https://a.example/1' }])
    expect(doc.getMap('meta').get('title')).toBe('Title')
  })

  it('refuses to seed a room twice', () => {
    const doc = new Y.Doc()
    writeBriefing(doc, parseBriefing(text))
    expect(hasDocumentContent(doc)).toBe(true)
    expect(() => writeBriefing(doc, parseBriefing(text))).toThrow('room already has content')
    expect(documentFragment(doc).length).toBe(3)
  })

  it('arrives intact in another replica through an update', () => {
    const source = new Y.Doc()
    writeBriefing(source, parseBriefing(text))
    const replica = new Y.Doc()
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(source))
    expect(readPlainText(replica)).toBe(readPlainText(source))
    expect(readSources(replica)).toEqual(readSources(source))
  })

  it('reads text without the formatting marks', () => {
    const doc = new Y.Doc()
    writeBriefing(doc, parseBriefing('Plain words here.'))
    const paragraph = documentFragment(doc).get(0) as Y.XmlElement
    ;(paragraph.get(0) as Y.XmlText).format(0, 5, { bold: {} })
    expect(readPlainText(doc)).toBe('Plain words here.')
  })
})
