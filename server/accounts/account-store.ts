/**
 * The accounts port: members, sessions, API tokens, invites, room access and
 * the binding of Yjs client ids to members. It lives beside the rooms in the
 * server's store (the SQLite file by default). Secrets are never stored:
 * only their SHA-256 (see secrets.ts) and password hashes (passwords.ts).
 */
import type { Message } from '../../src/core/i18n/message'
import { message } from '../../src/core/i18n/message'
import { english } from '../../src/core/i18n/translator'
import type { Role } from '../../src/core/access/roles'

/** A member of the team server. */
export interface Member {
  readonly id: string
  readonly email: string
  readonly name: string
  readonly role: Role
  readonly createdAt: string
}

/** A member with their stored password hash (null for members who sign in elsewhere). */
export interface MemberWithPassword extends Member {
  readonly passwordHash: string | null
}

/** A member's role in one room, set by an admin; `none` shuts them out of it. */
export type RoomRole = Role | 'none'

/** A stored session or API token: whose it is and until when (tokens: null, no end). */
export interface StoredCredential {
  readonly memberId: string
  readonly expiresAt: string | null
}

/** An open invite, by the hash of its link's secret. */
export interface StoredInvite {
  readonly tokenHash: string
  readonly role: Role
  readonly email: string | null
  readonly createdAt: string
  readonly expiresAt: string
}

/** Somebody who signed in through the identity provider without being a member. */
export interface AccessRequest {
  readonly email: string
  readonly name: string
  readonly requestedAt: string
}

/** Thrown by `addMember` when the email belongs to a member already. */
export class DuplicateMemberError extends Error {
  override readonly name = 'DuplicateMemberError'
  /** For the person joining, in their language. */
  readonly reason: Message

  constructor(readonly email: string) {
    const reason = message('server.account.alreadyMember', { email })
    super(english.text(reason))
    this.reason = reason
  }
}

/** The accounts part of the server's store. */
export interface AccountStore {
  countMembers(): Promise<number>
  /** Adds a member; throws DuplicateMemberError for an email in use (case-insensitive). */
  addMember(member: Omit<MemberWithPassword, 'createdAt'> & { createdAt?: string }): Promise<Member>
  findMember(id: string): Promise<Member | undefined>
  findMemberByEmail(email: string): Promise<MemberWithPassword | undefined>
  listMembers(): Promise<Member[]>
  /** False when there is no such member. */
  setRole(id: string, role: Role): Promise<boolean>
  setName(id: string, name: string): Promise<boolean>
  setPassword(id: string, passwordHash: string): Promise<boolean>
  /** Removes the member with their sessions, tokens and room roles; false when unknown. */
  removeMember(id: string): Promise<boolean>

  addSession(tokenHash: string, memberId: string, expiresAt: string): Promise<void>
  findSession(tokenHash: string): Promise<StoredCredential | undefined>
  removeSession(tokenHash: string): Promise<void>
  /** Ends every session of a member but `keep` (e.g. the one that changed the password). */
  removeSessionsOf(memberId: string, keep?: string): Promise<void>

  addApiToken(tokenHash: string, memberId: string, label: string): Promise<void>
  findApiToken(tokenHash: string): Promise<StoredCredential | undefined>

  addInvite(invite: StoredInvite): Promise<void>
  /** The invite with this secret's hash, expired or not, without taking it. */
  findInvite(tokenHash: string): Promise<StoredInvite | undefined>
  /** Takes the invite, once: deletes it and returns it if it has not expired at `now`. */
  takeInvite(tokenHash: string, now: string): Promise<StoredInvite | undefined>
  listInvites(): Promise<StoredInvite[]>

  /** Sets (or with null clears) a member's role in one room. */
  setRoomRole(room: string, memberId: string, role: RoomRole | null): Promise<void>
  roomRole(room: string, memberId: string): Promise<RoomRole | undefined>
  /** Every room role set for `room`, by member id. */
  roomRoles(room: string): Promise<Map<string, RoomRole>>

  /**
   * Binds a Yjs client id in `room` to `memberId` unless it is bound already;
   * returns the member it is bound to (the first one to claim it).
   */
  bindClient(room: string, client: number, memberId: string): Promise<string>

  addAccessRequest(request: AccessRequest): Promise<void>
  listAccessRequests(): Promise<AccessRequest[]>
  removeAccessRequest(email: string): Promise<void>
}
