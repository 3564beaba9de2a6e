import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { craftUnappliableUpdate } from '../tests/support/crafted-update'
import { applyGuarded, hasPending } from './guarded-apply'

function textDoc(text: string, clientID = 1): Y.Doc {
  const doc = new Y.Doc()
  doc.clientID = clientID
  doc.getText('t').insert(0, text)
  return doc
}

describe('applyGuarded', () => {
  it('applies a complete update and hands back what to relay', () => {
    const target = new Y.Doc()
    const update = Y.encodeStateAsUpdate(textDoc('hello'))
    const result = applyGuarded(target, update, null, false)
    expect(result).toEqual({ kind: 'applied', changes: [update] })
    expect(target.getText('t').toJSON()).toBe('hello')
  })

  it('collects the changes Yjs reports when asked to', () => {
    const target = new Y.Doc()
    const result = applyGuarded(target, Y.encodeStateAsUpdate(textDoc('hi')), null, true)
    expect(result.kind).toBe('applied')
    if (result.kind === 'applied') expect(result.changes).toHaveLength(1)
  })

  it('refuses an update whose dependencies are missing and leaves nothing pending', () => {
    const source = textDoc('first')
    const before = Y.encodeStateVector(source)
    source.getText('t').insert(5, ' second')
    const onlyTheSecond = Y.encodeStateAsUpdate(source, before)
    const target = new Y.Doc()
    const result = applyGuarded(target, onlyTheSecond, null, false)
    expect(result).toEqual({ kind: 'refused', reason: 'missing', dirty: false })
    expect(hasPending(target)).toBe(false)
    // The document still takes the honest history in order afterwards.
    expect(applyGuarded(target, Y.encodeStateAsUpdate(source), null, false).kind).toBe('applied')
    expect(target.getText('t').toJSON()).toBe('first second')
  })

  it('refuses an update that throws while applying, and says whether the document was touched', () => {
    const target = new Y.Doc()
    const result = applyGuarded(target, craftUnappliableUpdate(), null, false)
    expect(result.kind).toBe('refused')
    if (result.kind === 'refused') {
      expect(result.reason).toBe('throws')
      expect(typeof result.dirty).toBe('boolean')
    }
  })
})
