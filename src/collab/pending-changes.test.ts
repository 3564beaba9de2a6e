import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { PendingChanges } from './pending-changes'

/** A doc that records each of its transactions' updates. */
function recordingDoc(): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  return { doc, updates }
}

function snapshotOf(doc: Y.Doc): Uint8Array {
  return Y.encodeSnapshot(Y.snapshot(doc))
}

describe('PendingChanges', () => {
  it('counts each transaction until a snapshot containing it is acknowledged', () => {
    const { doc, updates } = recordingDoc()
    const server = new Y.Doc()
    const pending = new PendingChanges()
    doc.getText('t').insert(0, 'ab')
    doc.transact(() => {
      doc.getText('t').insert(2, 'c')
      doc.getMap('m').set('k', 1)
    })
    pending.add(...updates)
    expect(pending.count).toBe(2)

    Y.applyUpdate(server, updates[0]!)
    expect(pending.acknowledge(snapshotOf(server))).toBe(true)
    expect(pending.count).toBe(1)
    Y.applyUpdate(server, updates[1]!)
    pending.acknowledge(snapshotOf(server))
    expect(pending.count).toBe(0)
  })

  it('counts a deletion, which moves no state vector, until the server has the deletion', () => {
    const { doc, updates } = recordingDoc()
    doc.getText('t').insert(0, 'hello')
    const server = new Y.Doc()
    Y.applyUpdate(server, updates[0]!)
    const pending = new PendingChanges([], snapshotOf(server))
    doc.getText('t').delete(0, 2)
    pending.add(updates[1]!)
    expect(pending.count).toBe(1)
    // Same state vector as the server's, but the server lacks the deletion.
    expect(pending.acknowledge(snapshotOf(server))).toBe(false)
    expect(pending.count).toBe(1)
    Y.applyUpdate(server, updates[1]!)
    pending.acknowledge(snapshotOf(server))
    expect(pending.count).toBe(0)
  })

  it('starts from stored changes, leaving out those the remembered acknowledgement contains', () => {
    const { doc, updates } = recordingDoc()
    doc.getText('t').insert(0, 'one')
    const acked = snapshotOf(doc)
    doc.getText('t').insert(3, ' two')
    const pending = new PendingChanges(updates, acked)
    expect(pending.count).toBe(1)
    expect(pending.unacknowledged).toEqual([updates[1]])
  })

  it('does not count a change the last acknowledgement already holds', () => {
    const { doc, updates } = recordingDoc()
    doc.getText('t').insert(0, 'x')
    const pending = new PendingChanges([], snapshotOf(doc))
    pending.add(updates[0]!)
    expect(pending.count).toBe(0)
  })
})
