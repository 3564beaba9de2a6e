/** Hand-made updates for attacking a server, and reading back what it refused and stored. */
import * as decoding from 'lib0/decoding'
import * as Y from 'yjs'
import type { RoomStorage } from '../../server/storage/room-storage'
import { SyncExtensionType } from '../../src/core/sync-extensions'
import type { RawSocket } from './clients'

/** The update a change on `doc` makes. */
export function changeOn(doc: Y.Doc, change: () => void): Uint8Array {
  const before = Y.encodeStateVector(doc)
  change()
  return Y.encodeStateAsUpdate(doc, before)
}

/** Reasons of the update refusals a raw socket received. */
export function refusals(raw: RawSocket): string[] {
  return raw.messages.flatMap((message) => {
    const decoder = decoding.createDecoder(message)
    if (decoding.readVarUint(decoder) !== SyncExtensionType.updateRefused) return []
    return [(JSON.parse(decoding.readVarString(decoder)) as { reason: string }).reason]
  })
}

/** The room as its stored rows hold it. */
export async function storedDoc(storage: RoomStorage, room: string): Promise<Y.Doc> {
  const doc = new Y.Doc()
  for (const row of await storage.loadUpdates(room)) Y.applyUpdate(doc, row.update)
  return doc
}
