import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap'
import { Schema } from '@tiptap/pm/model'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { anchoredClaimIds } from './anchored-claims'

// The smallest schema with a claim mark shaped like the editor's: an id only, overlapping.
const schema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { group: 'block', content: 'text*' },
    text: {}
  },
  marks: {
    claim: { attrs: { id: {} }, excludes: '', inclusive: false },
    bold: {}
  }
})

const claim = (id: string): { type: string; attrs: { id: string } } => ({
  type: 'claim',
  attrs: { id }
})

function fragmentWith(): Y.XmlFragment {
  const doc = new Y.Doc()
  const fragment = doc.getXmlFragment('document')
  prosemirrorJSONToYXmlFragment(
    schema,
    {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'GDP ', marks: [claim('outer')] },
            {
              type: 'text',
              text: 'grew',
              marks: [claim('outer'), claim('inner'), { type: 'bold' }]
            },
            { type: 'text', text: ' 3%.' }
          ]
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'Jobs', marks: [claim('jobs')] }] }
      ]
    },
    fragment
  )
  return fragment
}

describe('anchoredClaimIds', () => {
  it('finds overlapping and nested claim marks as y-tiptap stores them', () => {
    expect([...anchoredClaimIds(fragmentWith())].sort()).toEqual(['inner', 'jobs', 'outer'])
  })

  it('no longer finds a claim whose text was deleted entirely', () => {
    const fragment = fragmentWith()
    const second = fragment.get(1)
    if (!(second instanceof Y.XmlElement)) throw new Error('expected a paragraph')
    const text = second.get(0)
    if (!(text instanceof Y.XmlText)) throw new Error('expected text')
    text.delete(0, text.length)
    expect([...anchoredClaimIds(fragment)].sort()).toEqual(['inner', 'outer'])
  })

  it('ignores other marks and marks with a similar name', () => {
    const doc = new Y.Doc()
    const text = new Y.XmlText()
    doc.getXmlFragment('document').insert(0, [text])
    text.insert(0, 'x', { claimant: { id: 'no' }, bold: {}, claim: { id: 'plain' } })
    expect([...anchoredClaimIds(doc.getXmlFragment('document'))]).toEqual(['plain'])
  })
})
