import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { writeBriefing } from '../src/collab/briefing-doc'
import { randomClaimEdit } from '../tests/support/claim-edits'
import { createPrng } from '../tests/support/prng'
import { SnapshotTracker } from './snapshot-tracker'

function seeded(): Y.Doc {
  const doc = new Y.Doc()
  writeBriefing(doc, {
    blocks: [
      { kind: 'paragraph', text: 'The council voted 31 to 9 for the plant.' },
      { kind: 'paragraph', text: 'It will heat 4,200 homes from 2028.' },
      { kind: 'paragraph', text: 'Costs are put at 86 million.' }
    ],
    sources: [{ name: 'Council minutes', url: 'https://council.example/minutes' }],
    rejected: []
  })
  return doc
}

describe('SnapshotTracker', () => {
  it('equals Y.snapshot of the document after any mix of remote updates (120 seeds)', () => {
    for (let seed = 1; seed <= 120; seed++) {
      const random = createPrng(seed)
      const server = seeded()
      const tracker = new SnapshotTracker(server)
      const clients = [0, 1, 2].map(() => {
        const doc = new Y.Doc()
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(server))
        return doc
      })
      let counter = 0
      for (let step = 0; step < 40; step++) {
        const client = random.pick(clients)
        randomClaimEdit({
          doc: client,
          random,
          author: 'Ana',
          nextId: (prefix) => `${prefix}-${seed}-${(counter += 1)}`,
          created: new Set()
        })
        if (random.chance(0.4)) {
          // A reconnecting client's whole state, or only what the server lacks.
          const update = random.chance(0.3)
            ? Y.encodeStateAsUpdate(client)
            : Y.encodeStateAsUpdate(client, Y.encodeStateVector(server))
          Y.applyUpdate(server, update)
          expect(Y.equalSnapshots(tracker.snapshot(), Y.snapshot(server)), `seed ${seed}`).toBe(
            true
          )
        }
        if (random.chance(0.2)) {
          const other = random.pick(clients)
          Y.applyUpdate(other, Y.encodeStateAsUpdate(server, Y.encodeStateVector(other)))
        }
      }
      for (const client of clients) Y.applyUpdate(server, Y.encodeStateAsUpdate(client))
      expect(Y.equalSnapshots(tracker.snapshot(), Y.snapshot(server)), `seed ${seed}`).toBe(true)
      tracker.destroy()
    }
  })

  it('covers structs that arrive collected, which Yjs records as no deletion', () => {
    const author = new Y.Doc()
    const paragraph = new Y.XmlElement('paragraph')
    author.getXmlFragment('document').insert(0, [paragraph])
    paragraph.insert(0, [new Y.XmlText('soon gone')])
    author.getXmlFragment('document').delete(0, 1)
    const server = new Y.Doc()
    const tracker = new SnapshotTracker(server)
    const update = Y.encodeStateAsUpdate(author)
    expect(Y.decodeUpdate(update).structs.some((struct) => struct instanceof Y.GC)).toBe(true)
    Y.applyUpdate(server, update)
    expect(Y.snapshotContainsUpdate(tracker.snapshot(), update)).toBe(true)
    expect(Y.equalSnapshots(tracker.snapshot(), Y.snapshot(server))).toBe(true)
  })
})
