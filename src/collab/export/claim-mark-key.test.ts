import { Schema } from '@tiptap/pm/model'
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { claimMarkKey } from './claim-mark-key'

// The editor's claim mark as far as y-tiptap cares: attrs { id }, allowed to overlap itself.
const schema = new Schema({
  nodes: { doc: { content: 'block+' }, paragraph: { group: 'block', content: 'text*' }, text: {} },
  marks: { claim: { attrs: { id: {} }, excludes: '', inclusive: false } }
})

describe('claimMarkKey', () => {
  it('is the key y-tiptap itself writes for a claim mark', () => {
    const fragment = new Y.Doc().getXmlFragment('document')
    const ids = ['a', 'claim-01', 'ünïcode 😀', '3f9c0a1b2c3d4e5f']
    prosemirrorJSONToYXmlFragment(
      schema,
      {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: ids.map((id) => ({
              type: 'text',
              text: `${id} `,
              marks: [{ type: 'claim', attrs: { id } }]
            }))
          }
        ]
      },
      fragment
    )
    const text = (fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText
    const keys = (text.toDelta() as { attributes: Record<string, unknown> }[]).flatMap((op) =>
      Object.keys(op.attributes)
    )
    expect(keys).toEqual(ids.map(claimMarkKey))
  })

  it('writes marks that y-tiptap reads back as overlapping claim marks', () => {
    const doc = new Y.Doc()
    const paragraph = new Y.XmlElement('paragraph')
    const text = new Y.XmlText('nested claims')
    paragraph.insert(0, [text])
    doc.getXmlFragment('document').insert(0, [paragraph])
    text.format(0, 13, { [claimMarkKey('outer')]: { id: 'outer' } })
    text.format(7, 6, { [claimMarkKey('inner')]: { id: 'inner' } })
    const node = yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment('document'), schema)
    const runs = node.firstChild?.content.content.map((child) => [
      child.text,
      child.marks.map((mark) => mark.attrs.id as string)
    ])
    expect(runs).toEqual([
      ['nested ', ['outer']],
      ['claims', ['outer', 'inner']]
    ])
  })
})
