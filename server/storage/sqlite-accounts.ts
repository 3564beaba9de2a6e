/** The accounts port (../accounts/account-store.ts) on the server's SQLite file. */
import type { Database } from 'better-sqlite3'
import { isRole } from '../../src/core/access/roles'
import type { Role } from '../../src/core/access/roles'
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

interface MemberRow {
  id: string
  email: string
  name: string
  role: string
  password_hash: string | null
  created_at: string
}

interface InviteRow {
  token_hash: string
  role: string
  email: string | null
  created_at: string
  expires_at: string
}

/** A role read back from the file; an unknown one (a newer server's) counts as the lowest. */
function roleOf(value: string): Role {
  return isRole(value) ? value : 'viewer'
}

function memberOf(row: MemberRow): MemberWithPassword {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: roleOf(row.role),
    createdAt: row.created_at,
    passwordHash: row.password_hash
  }
}

function withoutPassword(member: MemberWithPassword): Member {
  const { id, email, name, role, createdAt } = member
  return { id, email, name, role, createdAt }
}

function inviteOf(row: InviteRow): StoredInvite {
  return {
    tokenHash: row.token_hash,
    role: roleOf(row.role),
    email: row.email,
    createdAt: row.created_at,
    expiresAt: row.expires_at
  }
}

/** Builds the accounts store on an open database whose schema is prepared. */
export function createSqliteAccounts(db: Database, noteWrite: () => void): AccountStore {
  const q = {
    count: db.prepare('SELECT COUNT(*) FROM members').pluck(),
    insertMember: db.prepare(
      `INSERT INTO members (id, email, name, role, password_hash, created_at)
       VALUES (@id, @email, @name, @role, @passwordHash, @createdAt)`
    ),
    member: db.prepare<[string], MemberRow>('SELECT * FROM members WHERE id = ?'),
    memberByEmail: db.prepare<[string], MemberRow>('SELECT * FROM members WHERE email = ?'),
    members: db.prepare<[], MemberRow>('SELECT * FROM members ORDER BY name, email'),
    setRole: db.prepare<[string, string]>('UPDATE members SET role = ? WHERE id = ?'),
    setName: db.prepare<[string, string]>('UPDATE members SET name = ? WHERE id = ?'),
    setPassword: db.prepare<[string, string]>('UPDATE members SET password_hash = ? WHERE id = ?'),
    deleteMember: db.prepare<[string]>('DELETE FROM members WHERE id = ?'),
    insertSession: db.prepare<[string, string, string]>(
      'INSERT INTO sessions (token_hash, member_id, expires_at) VALUES (?, ?, ?)'
    ),
    session: db.prepare<[string], { member_id: string; expires_at: string }>(
      'SELECT member_id, expires_at FROM sessions WHERE token_hash = ?'
    ),
    deleteSession: db.prepare<[string]>('DELETE FROM sessions WHERE token_hash = ?'),
    deleteSessionsOf: db.prepare<[string, string]>(
      'DELETE FROM sessions WHERE member_id = ? AND token_hash != ?'
    ),
    deleteTokensOf: db.prepare<[string]>('DELETE FROM api_tokens WHERE member_id = ?'),
    deleteRoomRolesOf: db.prepare<[string]>('DELETE FROM room_roles WHERE member_id = ?'),
    insertToken: db.prepare<[string, string, string, string]>(
      'INSERT INTO api_tokens (token_hash, member_id, label, created_at) VALUES (?, ?, ?, ?)'
    ),
    token: db.prepare<[string], { member_id: string }>(
      'SELECT member_id FROM api_tokens WHERE token_hash = ?'
    ),
    insertInvite: db.prepare(
      `INSERT INTO invites (token_hash, role, email, created_at, expires_at)
       VALUES (@tokenHash, @role, @email, @createdAt, @expiresAt)`
    ),
    invite: db.prepare<[string], InviteRow>('SELECT * FROM invites WHERE token_hash = ?'),
    deleteInvite: db.prepare<[string]>('DELETE FROM invites WHERE token_hash = ?'),
    invites: db.prepare<[], InviteRow>('SELECT * FROM invites ORDER BY created_at'),
    upsertRoomRole: db.prepare<[string, string, string]>(
      `INSERT INTO room_roles (room, member_id, role) VALUES (?, ?, ?)
       ON CONFLICT (room, member_id) DO UPDATE SET role = excluded.role`
    ),
    deleteRoomRole: db.prepare<[string, string]>(
      'DELETE FROM room_roles WHERE room = ? AND member_id = ?'
    ),
    roomRole: db
      .prepare<[string, string], string>(
        'SELECT role FROM room_roles WHERE room = ? AND member_id = ?'
      )
      .pluck(),
    roomRoles: db.prepare<[string], { member_id: string; role: string }>(
      'SELECT member_id, role FROM room_roles WHERE room = ?'
    ),
    bind: db.prepare<[string, number, string]>(
      'INSERT OR IGNORE INTO client_bindings (room, client, member_id) VALUES (?, ?, ?)'
    ),
    binding: db
      .prepare<[string, number], string>(
        'SELECT member_id FROM client_bindings WHERE room = ? AND client = ?'
      )
      .pluck(),
    upsertRequest: db.prepare<[string, string, string]>(
      `INSERT INTO access_requests (email, name, requested_at) VALUES (?, ?, ?)
       ON CONFLICT (email) DO UPDATE SET name = excluded.name, requested_at = excluded.requested_at`
    ),
    requests: db.prepare<[], { email: string; name: string; requested_at: string }>(
      'SELECT * FROM access_requests ORDER BY requested_at DESC'
    ),
    deleteRequest: db.prepare<[string]>('DELETE FROM access_requests WHERE email = ?')
  }
  const write = <T>(work: () => T): Promise<T> =>
    settle(() => {
      const result = work()
      noteWrite()
      return result
    })
  const removeMember = db.transaction((id: string): boolean => {
    const removed = q.deleteMember.run(id).changes > 0
    q.deleteSessionsOf.run(id, '')
    q.deleteTokensOf.run(id)
    q.deleteRoomRolesOf.run(id)
    return removed
  })
  const takeInvite = db.transaction((tokenHash: string, now: string) => {
    const row = q.invite.get(tokenHash)
    if (!row) return undefined
    q.deleteInvite.run(tokenHash)
    return row.expires_at > now ? inviteOf(row) : undefined
  })
  const bindClient = db.transaction((room: string, client: number, memberId: string) => {
    q.bind.run(room, client, memberId)
    return q.binding.get(room, client) ?? memberId
  })

  return {
    countMembers: () => settle(() => q.count.get() as number),
    addMember: (member) =>
      write(() => {
        const createdAt = member.createdAt ?? new Date().toISOString()
        try {
          q.insertMember.run({ ...member, createdAt })
        } catch (error) {
          if (isUniqueViolation(error)) {
            throw new DuplicateMemberError(member.email)
          }
          throw error
        }
        return withoutPassword({ ...member, createdAt })
      }),
    findMember: (id) =>
      settle(() => {
        const row = q.member.get(id)
        return row ? withoutPassword(memberOf(row)) : undefined
      }),
    findMemberByEmail: (email) =>
      settle(() => {
        const row = q.memberByEmail.get(email.trim())
        return row ? memberOf(row) : undefined
      }),
    listMembers: () => settle(() => q.members.all().map((row) => withoutPassword(memberOf(row)))),
    setRole: (id, role) => write(() => q.setRole.run(role, id).changes > 0),
    setName: (id, name) => write(() => q.setName.run(name, id).changes > 0),
    setPassword: (id, hash) => write(() => q.setPassword.run(hash, id).changes > 0),
    removeMember: (id) => write(() => removeMember(id)),
    addSession: (tokenHash, memberId, expiresAt) =>
      write(() => void q.insertSession.run(tokenHash, memberId, expiresAt)),
    findSession: (tokenHash) =>
      settle((): StoredCredential | undefined => {
        const row = q.session.get(tokenHash)
        return row ? { memberId: row.member_id, expiresAt: row.expires_at } : undefined
      }),
    removeSession: (tokenHash) => write(() => void q.deleteSession.run(tokenHash)),
    removeSessionsOf: (memberId, keep = '') =>
      write(() => void q.deleteSessionsOf.run(memberId, keep)),
    addApiToken: (tokenHash, memberId, label) =>
      write(() => void q.insertToken.run(tokenHash, memberId, label, new Date().toISOString())),
    findApiToken: (tokenHash) =>
      settle((): StoredCredential | undefined => {
        const row = q.token.get(tokenHash)
        return row ? { memberId: row.member_id, expiresAt: null } : undefined
      }),
    addInvite: (invite) => write(() => void q.insertInvite.run(invite)),
    findInvite: (tokenHash) =>
      settle(() => {
        const row = q.invite.get(tokenHash)
        return row ? inviteOf(row) : undefined
      }),
    takeInvite: (tokenHash, now) => write(() => takeInvite(tokenHash, now)),
    listInvites: () => settle(() => q.invites.all().map(inviteOf)),
    setRoomRole: (room, memberId, role: RoomRole | null) =>
      write(() => {
        if (role === null) q.deleteRoomRole.run(room, memberId)
        else q.upsertRoomRole.run(room, memberId, role)
      }),
    roomRole: (room, memberId) =>
      settle(() => {
        const role = q.roomRole.get(room, memberId)
        if (role === undefined) return undefined
        return role === 'none' ? 'none' : roleOf(role)
      }),
    roomRoles: (room) =>
      settle(
        () =>
          new Map(
            q.roomRoles
              .all(room)
              .map((row): [string, RoomRole] => [
                row.member_id,
                row.role === 'none' ? 'none' : roleOf(row.role)
              ])
          )
      ),
    bindClient: (room, client, memberId) => write(() => bindClient(room, client, memberId)),
    addAccessRequest: (request: AccessRequest) =>
      write(() => void q.upsertRequest.run(request.email, request.name, request.requestedAt)),
    listAccessRequests: () =>
      settle(() =>
        q.requests.all().map((row) => ({
          email: row.email,
          name: row.name,
          requestedAt: row.requested_at
        }))
      ),
    removeAccessRequest: (email) => write(() => void q.deleteRequest.run(email))
  }
}

function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof Error &&
    'code' in error &&
    typeof error.code === 'string' &&
    error.code.startsWith('SQLITE_CONSTRAINT')
  )
}
