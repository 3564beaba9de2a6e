/** The accounts port in memory: for tests and tools that need no file; same contract as SQLite. */
import type {
  AccessRequest,
  AccountStore,
  Member,
  MemberWithPassword,
  RoomRole,
  StoredCredential,
  StoredInvite
} from '../accounts/account-store'
import { DuplicateMemberError } from '../accounts/account-store'
import { settle } from './settle'

export function createMemoryAccounts(): AccountStore {
  const members = new Map<string, MemberWithPassword>()
  const sessions = new Map<string, StoredCredential>()
  const tokens = new Map<string, string>()
  const invites = new Map<string, StoredInvite>()
  const roomRoles = new Map<string, Map<string, RoomRole>>()
  const bindings = new Map<string, string>()
  const requests = new Map<string, AccessRequest>()
  const byEmail = (email: string) =>
    [...members.values()].find((m) => m.email.toLowerCase() === email.trim().toLowerCase())
  const publicView = ({ id, email, name, role, createdAt }: MemberWithPassword): Member => ({
    id,
    email,
    name,
    role,
    createdAt
  })
  const update = (id: string, change: Partial<MemberWithPassword>): boolean => {
    const member = members.get(id)
    if (!member) return false
    members.set(id, { ...member, ...change })
    return true
  }
  const removeSessionsOf = (memberId: string, keep = ''): void => {
    for (const [hash, session] of sessions) {
      if (session.memberId === memberId && hash !== keep) sessions.delete(hash)
    }
  }
  return {
    countMembers: () => settle(() => members.size),
    addMember: (input) =>
      settle(() => {
        if (byEmail(input.email)) throw new DuplicateMemberError(input.email)
        const member = { ...input, createdAt: input.createdAt ?? new Date().toISOString() }
        members.set(member.id, member)
        return publicView(member)
      }),
    findMember: (id) =>
      settle(() => {
        const member = members.get(id)
        return member ? publicView(member) : undefined
      }),
    findMemberByEmail: (email) => settle(() => byEmail(email)),
    listMembers: () =>
      settle(() =>
        [...members.values()]
          .sort((a, b) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email))
          .map(publicView)
      ),
    setRole: (id, role) => settle(() => update(id, { role })),
    setName: (id, name) => settle(() => update(id, { name })),
    setPassword: (id, passwordHash) => settle(() => update(id, { passwordHash })),
    removeMember: (id) =>
      settle(() => {
        if (!members.delete(id)) return false
        removeSessionsOf(id)
        for (const [hash, owner] of tokens) if (owner === id) tokens.delete(hash)
        for (const roles of roomRoles.values()) roles.delete(id)
        return true
      }),
    addSession: (hash, memberId, expiresAt) =>
      settle(() => void sessions.set(hash, { memberId, expiresAt })),
    findSession: (hash) => settle(() => sessions.get(hash)),
    removeSession: (hash) => settle(() => void sessions.delete(hash)),
    removeSessionsOf: (memberId, keep) => settle(() => removeSessionsOf(memberId, keep)),
    addApiToken: (hash, memberId) => settle(() => void tokens.set(hash, memberId)),
    findApiToken: (hash) =>
      settle(() => {
        const memberId = tokens.get(hash)
        return memberId ? { memberId, expiresAt: null } : undefined
      }),
    addInvite: (invite) => settle(() => void invites.set(invite.tokenHash, invite)),
    findInvite: (hash) => settle(() => invites.get(hash)),
    takeInvite: (hash, now) =>
      settle(() => {
        const invite = invites.get(hash)
        invites.delete(hash)
        return invite && invite.expiresAt > now ? invite : undefined
      }),
    listInvites: () =>
      settle(() => [...invites.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt))),
    setRoomRole: (room, memberId, role) =>
      settle(() => {
        const roles = roomRoles.get(room) ?? new Map<string, RoomRole>()
        if (role === null) roles.delete(memberId)
        else roles.set(memberId, role)
        roomRoles.set(room, roles)
      }),
    roomRole: (room, memberId) => settle(() => roomRoles.get(room)?.get(memberId)),
    roomRoles: (room) => settle(() => new Map(roomRoles.get(room) ?? [])),
    bindClient: (room, client, memberId) =>
      settle(() => {
        const key = `${room}\u0000${client}`
        const owner = bindings.get(key) ?? memberId
        bindings.set(key, owner)
        return owner
      }),
    addAccessRequest: (request) =>
      settle(() => void requests.set(request.email.toLowerCase(), request)),
    listAccessRequests: () =>
      settle(() =>
        [...requests.values()].sort((a, b) => b.requestedAt.localeCompare(a.requestedAt))
      ),
    removeAccessRequest: (email) => settle(() => void requests.delete(email.toLowerCase()))
  }
}
