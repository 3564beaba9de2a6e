/**
 * The behaviour every AccountStore must have; each implementation runs it
 * against a real store of its kind (see sqlite-accounts.test.ts).
 */
import { describe, expect, it } from 'vitest'
import type { AccountStore } from './account-store'
import { DuplicateMemberError } from './account-store'

/** Runs the contract; `open` gives a fresh, empty store and a way to close it. */
export function describeAccountStore(
  name: string,
  open: () => Promise<{ store: AccountStore; close: () => Promise<void> }>
): void {
  const withStore = async (test: (store: AccountStore) => Promise<void>) => {
    const { store, close } = await open()
    try {
      await test(store)
    } finally {
      await close()
    }
  }
  const ana = { id: 'm1', email: 'ana@example.org', name: 'Ana Example', role: 'admin' as const }

  describe(`${name}: the AccountStore contract`, () => {
    it('adds, finds and lists members, with emails unique regardless of case', () =>
      withStore(async (store) => {
        expect(await store.countMembers()).toBe(0)
        await store.addMember({ ...ana, passwordHash: 'h1' })
        await expect(
          store.addMember({ ...ana, id: 'm2', email: 'ANA@example.org', passwordHash: null })
        ).rejects.toBeInstanceOf(DuplicateMemberError)
        expect(await store.countMembers()).toBe(1)
        expect(await store.findMemberByEmail('Ana@Example.org')).toMatchObject({
          id: 'm1',
          passwordHash: 'h1'
        })
        expect(await store.findMember('m1')).not.toHaveProperty('passwordHash')
        expect((await store.listMembers()).map((m) => m.id)).toEqual(['m1'])
      }))

    it('changes roles, names and passwords, and removes a member with everything of theirs', () =>
      withStore(async (store) => {
        await store.addMember({ ...ana, passwordHash: null })
        expect(await store.setRole('m1', 'viewer')).toBe(true)
        expect(await store.setRole('nobody', 'viewer')).toBe(false)
        await store.setName('m1', 'Ana E.')
        await store.setPassword('m1', 'h2')
        expect(await store.findMemberByEmail(ana.email)).toMatchObject({
          role: 'viewer',
          name: 'Ana E.',
          passwordHash: 'h2'
        })
        await store.addSession('s1', 'm1', '2999-01-01T00:00:00.000Z')
        await store.addApiToken('t1', 'm1', 'bot')
        await store.setRoomRole('room-a', 'm1', 'editor')
        expect(await store.removeMember('m1')).toBe(true)
        expect(await store.findSession('s1')).toBeUndefined()
        expect(await store.findApiToken('t1')).toBeUndefined()
        expect(await store.roomRole('room-a', 'm1')).toBeUndefined()
        expect(await store.removeMember('m1')).toBe(false)
      }))

    it('keeps sessions and tokens by hash, and ends a member’s other sessions', () =>
      withStore(async (store) => {
        await store.addMember({ ...ana, passwordHash: null })
        await store.addSession('s1', 'm1', '2999-01-01T00:00:00.000Z')
        await store.addSession('s2', 'm1', '2999-01-01T00:00:00.000Z')
        expect(await store.findSession('s1')).toEqual({
          memberId: 'm1',
          expiresAt: '2999-01-01T00:00:00.000Z'
        })
        await store.removeSessionsOf('m1', 's2')
        expect(await store.findSession('s1')).toBeUndefined()
        expect(await store.findSession('s2')).toBeDefined()
        await store.removeSession('s2')
        expect(await store.findSession('s2')).toBeUndefined()
        await store.addApiToken('t1', 'm1', 'bot')
        expect(await store.findApiToken('t1')).toEqual({ memberId: 'm1', expiresAt: null })
      }))

    it('gives an invite out once, and never after it expired', () =>
      withStore(async (store) => {
        const invite = {
          tokenHash: 'i1',
          role: 'checker' as const,
          email: null,
          createdAt: '2026-12-01T00:00:00.000Z',
          expiresAt: '2026-12-08T00:00:00.000Z'
        }
        await store.addInvite(invite)
        await store.addInvite({ ...invite, tokenHash: 'i2' })
        expect(await store.listInvites()).toHaveLength(2)
        expect(await store.findInvite('i1')).toEqual(invite)
        expect(await store.findInvite('unknown')).toBeUndefined()
        expect(await store.takeInvite('i1', '2026-12-02T00:00:00.000Z')).toEqual(invite)
        expect(await store.findInvite('i1')).toBeUndefined()
        expect(await store.takeInvite('i1', '2026-12-02T00:00:00.000Z')).toBeUndefined()
        expect(await store.takeInvite('i2', '2026-12-09T00:00:00.000Z')).toBeUndefined()
        expect(await store.listInvites()).toEqual([])
      }))

    it('sets, lists and clears room roles, including no access', () =>
      withStore(async (store) => {
        await store.setRoomRole('room-a', 'm1', 'viewer')
        await store.setRoomRole('room-a', 'm1', 'none')
        await store.setRoomRole('room-a', 'm2', 'editor')
        expect(await store.roomRole('room-a', 'm1')).toBe('none')
        expect(await store.roomRoles('room-a')).toEqual(
          new Map([
            ['m1', 'none'],
            ['m2', 'editor']
          ])
        )
        await store.setRoomRole('room-a', 'm1', null)
        expect(await store.roomRole('room-a', 'm1')).toBeUndefined()
        expect(await store.roomRole('room-b', 'm2')).toBeUndefined()
      }))

    it('binds a client id to the first member who claims it, per room', () =>
      withStore(async (store) => {
        expect(await store.bindClient('room-a', 42, 'm1')).toBe('m1')
        expect(await store.bindClient('room-a', 42, 'm2')).toBe('m1')
        expect(await store.bindClient('room-b', 42, 'm2')).toBe('m2')
      }))

    it('records one access request per email, newest first', () =>
      withStore(async (store) => {
        await store.addAccessRequest({
          email: 'x@example.org',
          name: 'X',
          requestedAt: '2026-01-01'
        })
        await store.addAccessRequest({
          email: 'y@example.org',
          name: 'Y',
          requestedAt: '2026-01-02'
        })
        await store.addAccessRequest({
          email: 'X@example.org',
          name: 'X2',
          requestedAt: '2026-01-03'
        })
        expect((await store.listAccessRequests()).map((r) => r.name)).toEqual(['X2', 'Y'])
        await store.removeAccessRequest('x@example.org')
        expect(await store.listAccessRequests()).toHaveLength(1)
      }))
  })
}
