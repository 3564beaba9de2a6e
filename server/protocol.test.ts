import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  MalformedMessageError,
  decodeClientMessage,
  encodeSyncStep1,
  encodeUpdate
} from './protocol'

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder()
  write(encoder)
  return encoding.toUint8Array(encoder)
}

function sampleUpdate(): Uint8Array {
  const doc = new Y.Doc()
  doc.getText('t').insert(0, 'hello')
  return Y.encodeStateAsUpdate(doc)
}

describe('decodeClientMessage', () => {
  it('reads sync step 1 with its state vector', () => {
    const doc = new Y.Doc()
    doc.getText('t').insert(0, 'x')
    const message = decodeClientMessage(encodeSyncStep1(doc))
    expect(message.kind).toBe('syncStep1')
    if (message.kind === 'syncStep1') {
      expect(Y.decodeStateVector(message.stateVector).get(doc.clientID)).toBe(1)
    }
  })

  it('reads sync step 2 and updates', () => {
    const update = sampleUpdate()
    const step2 = frame((e) => {
      encoding.writeVarUint(e, 0)
      encoding.writeVarUint(e, 1)
      encoding.writeVarUint8Array(e, update)
    })
    expect(decodeClientMessage(step2)).toEqual({ kind: 'syncStep2', update })
    expect(decodeClientMessage(encodeUpdate(update))).toEqual({ kind: 'update', update })
  })

  it('reads awareness and awareness queries', () => {
    const awareness = frame((e) => {
      encoding.writeVarUint(e, 1)
      encoding.writeVarUint8Array(
        e,
        frame((inner) => {
          encoding.writeVarUint(inner, 1)
          encoding.writeVarUint(inner, 42)
          encoding.writeVarUint(inner, 3)
          encoding.writeVarString(inner, '{"user":{"name":"A"}}')
        })
      )
    })
    expect(decodeClientMessage(awareness).kind).toBe('awareness')
    expect(decodeClientMessage(Uint8Array.from([3]))).toEqual({ kind: 'queryAwareness' })
  })

  it('does not read past the frame into a larger buffer', () => {
    const pool = new Uint8Array(64).fill(1)
    pool.set([0, 2, 10], 0)
    expect(() => decodeClientMessage(pool.subarray(0, 3))).toThrow(MalformedMessageError)
  })

  it.each([
    ['an empty frame', []],
    ['a truncated varint', [0x80]],
    ['a varint beyond safe integers', [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]],
    ['an unknown message type', [9]],
    ['an auth message from a client', [2, 0]],
    ['an unknown sync type', [0, 7, 0]],
    ['a truncated payload', [0, 2, 5, 1, 2]],
    ['garbage as an update', [0, 2, 3, 0xff, 0xff, 0xff]],
    ['garbage as a state vector', [0, 0, 2, 0x05, 0x80]],
    ['awareness with broken JSON', [1, 5, 1, 1, 1, 1, 0x7b]],
    ['trailing bytes', [3, 0]]
  ])('refuses %s', (_name, bytes) => {
    expect(() => decodeClientMessage(Uint8Array.from(bytes))).toThrow(MalformedMessageError)
  })
})
