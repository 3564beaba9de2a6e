import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates
} from 'y-protocols/awareness'
import {
  OPEN_CLAIM_FIELD,
  announceOpenClaim,
  observePeers,
  readPeers,
  viewersByClaim,
  type PeerPresence
} from './presence'

/** Two reviewers whose awareness updates are relayed by hand, as the server would. */
function twoReviewers(): { alice: Awareness; bob: Awareness; relay: () => void } {
  const alice = new Awareness(new Y.Doc())
  const bob = new Awareness(new Y.Doc())
  alice.setLocalStateField('user', { name: 'Alice', color: '#d1495b' })
  bob.setLocalStateField('user', { name: 'Bob', color: '#00798c' })
  const relay = (): void => {
    applyAwarenessUpdate(bob, encodeAwarenessUpdate(alice, [alice.clientID]), 'relay')
    applyAwarenessUpdate(alice, encodeAwarenessUpdate(bob, [bob.clientID]), 'relay')
  }
  relay()
  return { alice, bob, relay }
}

describe('presence', () => {
  it('shows another reviewer with no claim open at first, never the local reviewer', () => {
    const { alice } = twoReviewers()
    expect(readPeers(alice)).toEqual([
      expect.objectContaining({ name: 'Bob', color: '#00798c', openClaim: null })
    ])
  })

  it('tells the other reviewer which claim is open, and when it is closed', () => {
    const { alice, bob, relay } = twoReviewers()
    announceOpenClaim(alice, 'claim-1')
    relay()
    expect(readPeers(bob).map((peer) => peer.openClaim)).toEqual(['claim-1'])
    announceOpenClaim(alice, null)
    relay()
    expect(readPeers(bob).map((peer) => peer.openClaim)).toEqual([null])
  })

  it('calls observers on every change and stops after unsubscribing', () => {
    const { alice, bob, relay } = twoReviewers()
    const seen: (string | null)[] = []
    const stop = observePeers(bob, (peers) => seen.push(peers[0]?.openClaim ?? null))
    announceOpenClaim(alice, 'claim-2')
    relay()
    stop()
    announceOpenClaim(alice, 'claim-3')
    relay()
    expect(seen).toEqual([null, 'claim-2'])
  })

  it('forgets a reviewer who leaves', () => {
    const { alice, bob } = twoReviewers()
    removeAwarenessStates(bob, [alice.clientID], 'left')
    expect(readPeers(bob)).toEqual([])
  })

  it('ignores malformed states from peers and unsafe colours', () => {
    const { alice, bob, relay } = twoReviewers()
    alice.setLocalState({
      user: { name: 'Alice', color: 'red; background: url(x)' },
      [OPEN_CLAIM_FIELD]: 42
    })
    relay()
    expect(readPeers(bob)).toEqual([
      expect.objectContaining({ name: 'Alice', color: '#59636e', openClaim: null })
    ])
    alice.setLocalState({ user: 'Alice' })
    relay()
    expect(readPeers(bob)).toEqual([])
  })

  it('groups viewers by claim, one entry per name', () => {
    const peer = (clientId: number, name: string, openClaim: string | null): PeerPresence => ({
      clientId,
      name,
      color: '#000',
      openClaim
    })
    const byClaim = viewersByClaim([
      peer(1, 'Alice', 'a'),
      peer(2, 'Alice', 'a'),
      peer(3, 'Bob', 'a'),
      peer(4, 'Cem', null)
    ])
    expect(byClaim.get('a')?.map((viewer) => viewer.name)).toEqual(['Alice', 'Bob'])
    expect([...byClaim.keys()]).toEqual(['a'])
  })
})
