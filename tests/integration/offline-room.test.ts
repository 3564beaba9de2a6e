import { IDBObjectStore as FakeObjectStore } from 'fake-indexeddb'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readPlainText } from '../../src/collab/briefing-doc'
import {
  claimFields,
  createClaimInDoc,
  readClaim,
  setClaimStatus
} from '../../src/collab/claims/claims-doc'
import type { IdbFactory } from '../../src/collab/idb'
import { localStoreName } from '../../src/collab/local-room-store'
import type {
  LocalStoreState,
  RoomConnection,
  RoomReady,
  RoomState
} from '../../src/collab/room-connection'
import { statusConflict } from '../../src/core/claims/conflict'
import { startBlackholeProxy } from '../support/blackhole-proxy'
import {
  allSynced,
  createDevice,
  localCopyRead,
  openRoomOn,
  waitForState
} from '../support/offline-clients'
import { startTestServer } from '../support/test-server'
import type { TestServer } from '../support/test-server'
import { appendParagraph, paragraphText } from '../support/tiptap-doc'
import { waitFor } from '../support/wait-for'

let server: TestServer
const open: RoomConnection[] = []
beforeEach(async () => {
  server = await startTestServer()
})
afterEach(async () => {
  open.splice(0).forEach((connection) => connection.destroy())
  await server.close()
})

function track(connection: RoomConnection): RoomConnection {
  open.push(connection)
  return connection
}

const readyOf = (connection: RoomConnection): RoomReady => connection.getState().ready
const localStoreOf = (connection: RoomConnection): LocalStoreState =>
  connection.getState().localStore
const syncStateOf = (connection: RoomConnection): RoomState => connection.getState()

/** Closes a connection as a page reload would, once its local copy holds every write. */
async function reload(connection: RoomConnection): Promise<void> {
  await waitForState(
    connection,
    ({ localStore }) =>
      (localStore.kind === 'ok' || (localStore.kind === 'failed' && localStore.rebuilt)) &&
      localStore.unsaved === 0,
    'the local copy to hold every write'
  )
  connection.destroy()
  open.splice(open.indexOf(connection), 1)
}

const NOW = '2026-03-01T10:00:00.000Z'

describe('a room offline', () => {
  it('counts offline changes per transaction and clears them once the server acknowledges', async () => {
    const device = createDevice()
    const alice = track(openRoomOn(device, server.url, 'count-room'))
    await allSynced(alice)
    device.network.set(false)
    expect(syncStateOf(alice).link).toBe('offline')
    appendParagraph(alice.doc, 'one')
    appendParagraph(alice.doc, 'two')
    paragraphText(alice.doc, 0)?.delete(0, 1)
    expect(syncStateOf(alice).pending).toBe(3)
    device.network.set(true)
    await allSynced(alice)
  })

  it('reopens from the local copy without the server, with the pending count from the store', async () => {
    const device = createDevice()
    const first = track(openRoomOn(device, server.url, 'reload-room', 'Alice'))
    await allSynced(first)
    appendParagraph(first.doc, 'synced text')
    await allSynced(first)
    device.network.set(false)
    appendParagraph(first.doc, 'offline one')
    appendParagraph(first.doc, 'offline two')
    await reload(first)

    const again = track(openRoomOn(device, server.url, 'reload-room', 'Alice'))
    await localCopyRead(again)
    expect(readyOf(again)).toBe('local')
    expect(readPlainText(again.doc)).toContain('offline two')
    expect(syncStateOf(again)).toMatchObject({ link: 'offline', pending: 2 })
    expect(again.doc.clientID).not.toBe(first.doc.clientID)

    const bob = track(openRoomOn(createDevice(), server.url, 'reload-room', 'Bob'))
    await allSynced(bob)
    appendParagraph(bob.doc, 'bob meanwhile')
    await allSynced(bob)
    device.network.set(true)
    await allSynced(again)
    await waitFor(() => readPlainText(bob.doc) === readPlainText(again.doc), 'convergence')
    expect(readPlainText(bob.doc)).toContain('offline two')
    expect(readPlainText(again.doc)).toContain('bob meanwhile')
  })

  it('does not open a room never synced on this device from an empty local copy', async () => {
    const device = createDevice()
    device.network.set(false)
    const alice = track(openRoomOn(device, server.url, 'never-room'))
    // Read and offline: nothing else can make it ready now, so the check needs no wait.
    await localCopyRead(alice)
    expect(readyOf(alice)).toBe('none')
  })

  it('gives two windows on one device different client ids', async () => {
    const device = createDevice()
    const one = track(openRoomOn(device, server.url, 'two-windows'))
    const two = track(openRoomOn(device, server.url, 'two-windows'))
    await Promise.all([allSynced(one), allSynced(two)])
    expect(one.doc.clientID).not.toBe(two.doc.clientID)
  })

  it('shows a status set differently by two reviewers while apart as a conflict on both', async () => {
    const [aliceDevice, bobDevice] = [createDevice(), createDevice()]
    const alice = track(openRoomOn(aliceDevice, server.url, 'conflict-room', 'Alice'))
    await allSynced(alice)
    createClaimInDoc(alice.doc, { id: 'c1', quote: 'council', author: 'Alice', now: NOW })
    const bob = track(openRoomOn(bobDevice, server.url, 'conflict-room', 'Bob'))
    await Promise.all([allSynced(alice), allSynced(bob)])
    await waitFor(() => readClaim(bob.doc, 'c1') !== null, 'Bob to see the claim')

    aliceDevice.network.set(false)
    bobDevice.network.set(false)
    setClaimStatus(alice.doc, 'c1', { changeId: 'a1', to: 'verified', author: 'Alice', now: NOW })
    setClaimStatus(bob.doc, 'c1', { changeId: 'b1', to: 'disputed', author: 'Bob', now: NOW })
    aliceDevice.network.set(true)
    bobDevice.network.set(true)
    await Promise.all([allSynced(alice), allSynced(bob)])

    for (const doc of [alice.doc, bob.doc]) {
      await waitFor(() => (readClaim(doc, 'c1')?.history.length ?? 0) === 2, 'both changes')
      const claim = readClaim(doc, 'c1')
      expect(claim?.history.map((change) => change.id).sort()).toEqual(['a1', 'b1'])
      expect(
        statusConflict(claim?.history ?? [])
          ?.statuses.slice()
          .sort()
      ).toEqual(['disputed', 'verified'])
    }
    expect(claimFields(alice.doc, 'c1')).toBeDefined()
  })

  it('leaves "online" within the heartbeat timeout when traffic silently stops', async () => {
    const proxy = await startBlackholeProxy(server.port)
    try {
      const device = createDevice()
      const alice = track(openRoomOn(device, proxy.url, 'blackhole-room'))
      await allSynced(alice)
      proxy.swallow(true)
      appendParagraph(alice.doc, 'typed into the void')
      await waitFor(() => syncStateOf(alice).link !== 'online', 'the link to drop', 5_000)
      expect(syncStateOf(alice).pending).toBe(1)
      proxy.swallow(false)
      await allSynced(alice)
    } finally {
      await proxy.close()
    }
  })
})

describe('the local copy failing', () => {
  it('reports a damaged database and rebuilds it from the open room', async () => {
    const device = createDevice()
    await createDamagedDatabase(device.indexedDB, localStoreName('damaged-room'))
    const alice = track(openRoomOn(device, server.url, 'damaged-room'))
    await allSynced(alice)
    appendParagraph(alice.doc, 'kept through the rebuild')
    await waitFor(() => {
      const state = localStoreOf(alice)
      return state.kind === 'failed' && state.rebuilt
    }, 'the rebuild')
    expect(failureMessage(localStoreOf(alice))).toMatch(/damaged/)
    device.network.set(false)
    appendParagraph(alice.doc, 'after the rebuild')
    await reload(alice)
    const again = track(openRoomOn(device, server.url, 'damaged-room'))
    await localCopyRead(again)
    expect(readPlainText(again.doc)).toContain('kept through the rebuild')
    expect(readPlainText(again.doc)).toContain('after the rebuild')
    expect(readyOf(again)).toBe('local')
  })

  it('rebuilds after a failed write (quota) without losing unsynced edits', async () => {
    const device = createDevice()
    const alice = track(openRoomOn(device, server.url, 'quota-room'))
    await allSynced(alice)
    await localCopyRead(alice)
    device.network.set(false)
    const restore = failNextAdd('QuotaExceededError')
    try {
      appendParagraph(alice.doc, 'written when the disk was full')
    } finally {
      restore()
    }
    await waitFor(() => {
      const state = localStoreOf(alice)
      return state.kind === 'failed' && state.rebuilt
    }, 'the rebuild')
    expect(failureMessage(localStoreOf(alice))).toMatch(/QuotaExceededError/)
    await reload(alice)
    const again = track(openRoomOn(device, server.url, 'quota-room'))
    await localCopyRead(again)
    expect(readPlainText(again.doc)).toContain('written when the disk was full')
    expect(syncStateOf(again).pending).toBe(1)
    device.network.set(true)
    await allSynced(again)
  })
})

function failureMessage(state: LocalStoreState): string {
  return state.kind === 'failed' ? state.message : `not failed (${state.kind})`
}

/** A database under the store's name with none of its object stores, as after corruption. */
async function createDamagedDatabase(factory: IdbFactory, name: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const request = factory.open(name, 1)
    request.onsuccess = () => {
      request.result.close()
      resolve()
    }
    request.onerror = () => reject(new Error('could not create the damaged database'))
  })
}

/** Makes the next object-store `add` of fake-indexeddb throw, as a full disk does. */
function failNextAdd(errorName: string): () => void {
  const prototype = (FakeObjectStore as unknown as { prototype: { add: AddMethod } }).prototype
  const original = prototype.add
  let armed = true
  prototype.add = function add(this: unknown, ...args: unknown[]) {
    if (!armed) return original.apply(this, args)
    armed = false
    throw new DOMException('the disk is full', errorName)
  }
  return () => {
    prototype.add = original
  }
}

type AddMethod = (this: unknown, ...args: unknown[]) => unknown
