/**
 * A team server's accounts: who a request comes from, signing in and out,
 * invites, members and their roles, and the news that someone's access has
 * changed (so their open sockets can follow within the second). The store
 * behind it is the AccountStore port; nothing here knows about HTTP routes.
 */
import type { IncomingMessage } from 'node:http'
import { parse as parseCookies } from 'cookie'
import { RateLimiterMemory } from 'rate-limiter-flexible'
import type { Role } from '../../src/core/access/roles'
import type { Message } from '../../src/core/i18n/message'
import { message } from '../../src/core/i18n/message'
import { english } from '../../src/core/i18n/translator'
import type { AccountStore, Member, RoomRole, StoredInvite } from './account-store'
import { decoyHash, hashPassword, passwordProblem, verifyPassword } from './passwords'
import { hashSecret, newMemberId, newSecret } from './secrets'

/** Who a request or socket comes from. */
export interface Principal {
  readonly member: Member
  /** How they proved it: a browser session or an API token (by the secret's hash). */
  readonly credential: { readonly kind: 'session' | 'token'; readonly hash: string }
  /** When the session ends (never for tokens). */
  readonly expiresAt: Date | null
}

/** The outcome of a sign-in attempt. */
export type SignInResult =
  | {
      readonly ok: true
      readonly member: Member
      readonly session: string
      readonly expiresAt: Date
    }
  | {
      readonly ok: false
      readonly status: 401 | 429
      /** For the person signing in, in their language; its English is the API's `error`. */
      readonly reason: Message
      readonly retryAfterSeconds?: number
    }

/** Options; the defaults suit a team server. */
export interface AccountsOptions {
  readonly store: AccountStore
  /** Cookies are marked Secure (and use the __Host- prefix) when the server is reached over https. */
  readonly secureCookies?: boolean
  readonly sessionDays?: number
  readonly inviteDays?: number
  /** Failed sign-ins allowed per account, and per address, in `throttleWindowSeconds`. */
  readonly failuresPerAccount?: number
  readonly failuresPerAddress?: number
  readonly throttleWindowSeconds?: number
  readonly now?: () => Date
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Why a member could not be added or changed: `message` in English, `reason` for the person
 * in their language (none for refusals only the command line gives, which stays English).
 */
export class AccountError extends Error {
  override readonly name = 'AccountError'
  readonly reason: Message

  constructor(reason: Message) {
    super(english.text(reason))
    this.reason = reason
  }
}

/** The accounts of one server. */
export class Accounts {
  readonly store: AccountStore
  readonly cookieName: string
  readonly secureCookies: boolean
  private readonly sessionMs: number
  private readonly inviteMs: number
  private readonly now: () => Date
  private readonly byAccount: RateLimiterMemory
  private readonly byAddress: RateLimiterMemory
  private readonly listeners = new Set<(memberId: string) => void>()
  private readonly sessionListeners = new Set<(sessionHash: string) => void>()

  constructor(options: AccountsOptions) {
    this.store = options.store
    this.secureCookies = options.secureCookies ?? false
    // The __Host- prefix binds the cookie to this host, over https only.
    this.cookieName = this.secureCookies ? '__Host-claimdesk_session' : 'claimdesk_session'
    this.sessionMs = (options.sessionDays ?? 14) * DAY_MS
    this.inviteMs = (options.inviteDays ?? 7) * DAY_MS
    this.now = options.now ?? (() => new Date())
    const duration = options.throttleWindowSeconds ?? 15 * 60
    this.byAccount = new RateLimiterMemory({
      points: options.failuresPerAccount ?? 5,
      duration,
      blockDuration: duration
    })
    this.byAddress = new RateLimiterMemory({
      points: options.failuresPerAddress ?? 30,
      duration,
      blockDuration: duration
    })
  }

  /** Calls `listener` with a member's id whenever their role, room access or membership changes. */
  onAccessChanged(listener: (memberId: string) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Calls `listener` with a session's hash when it is signed out. */
  onSessionEnded(listener: (sessionHash: string) => void): () => void {
    this.sessionListeners.add(listener)
    return () => this.sessionListeners.delete(listener)
  }

  /** The principal of a request: its session cookie, or a Bearer token; undefined if neither is valid. */
  async authenticate(request: IncomingMessage): Promise<Principal | undefined> {
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1]
    if (bearer) return this.principalOf(bearer)
    const cookie = request.headers.cookie
    if (!cookie) return undefined
    const session = parseCookies(cookie)[this.cookieName]
    return session ? this.principalOf(session) : undefined
  }

  /** The principal a session or token secret stands for, if it is valid now. */
  async principalOf(secret: string): Promise<Principal | undefined> {
    const hash = hashSecret(secret)
    const kind = secret.startsWith('cdt_') ? 'token' : secret.startsWith('cds_') ? 'session' : null
    if (!kind) return undefined
    const credential =
      kind === 'token' ? await this.store.findApiToken(hash) : await this.store.findSession(hash)
    if (!credential) return undefined
    const expiresAt = credential.expiresAt === null ? null : new Date(credential.expiresAt)
    if (expiresAt && expiresAt <= this.now()) {
      await this.store.removeSession(hash)
      return undefined
    }
    const member = await this.store.findMember(credential.memberId)
    return member ? { member, credential: { kind, hash }, expiresAt } : undefined
  }

  /** The role `member` has in `room`, or undefined when an admin shut them out of it. */
  async roleIn(member: Member, room: string): Promise<Role | undefined> {
    const override = await this.store.roomRole(room, member.id)
    if (override === 'none') return undefined
    return override ?? member.role
  }

  /** Checks email and password, throttled per account and per address, and opens a session. */
  async signIn(email: string, password: string, address: string): Promise<SignInResult> {
    const account = email.trim().toLowerCase()
    const blocked =
      (await this.blockedFor(this.byAccount, account)) ??
      (await this.blockedFor(this.byAddress, address))
    if (blocked !== undefined) {
      return {
        ok: false,
        status: 429,
        reason: message('server.account.throttled', { seconds: blocked }),
        retryAfterSeconds: blocked
      }
    }
    const member = await this.store.findMemberByEmail(account)
    // Unknown emails cost a hash too, so timing does not tell who is a member.
    const matches = await verifyPassword(password, member?.passwordHash ?? (await decoyHash()))
    if (!member || !member.passwordHash || !matches) {
      await Promise.all([
        this.byAccount.consume(account).catch(() => undefined),
        this.byAddress.consume(address).catch(() => undefined)
      ])
      return { ok: false, status: 401, reason: message('server.account.wrongCredentials') }
    }
    await this.byAccount.delete(account)
    const { session, expiresAt } = await this.startSession(member.id)
    return { ok: true, member: stripPassword(member), session, expiresAt }
  }

  /** Opens a session for a member (after a password or the identity provider vouched for them). */
  async startSession(memberId: string): Promise<{ session: string; expiresAt: Date }> {
    const session = newSecret('session')
    const expiresAt = new Date(this.now().getTime() + this.sessionMs)
    await this.store.addSession(hashSecret(session), memberId, expiresAt.toISOString())
    return { session, expiresAt }
  }

  /** Ends a session; its open sockets close. */
  async signOut(principal: Principal): Promise<void> {
    if (principal.credential.kind !== 'session') return
    await this.store.removeSession(principal.credential.hash)
    for (const listener of this.sessionListeners) listener(principal.credential.hash)
  }

  /** Changes a member's password; every other session of theirs ends. */
  async changePassword(principal: Principal, current: string, next: string): Promise<void> {
    const member = await this.store.findMemberByEmail(principal.member.email)
    if (!member?.passwordHash || !(await verifyPassword(current, member.passwordHash))) {
      throw new AccountError(message('server.account.wrongCurrentPassword'))
    }
    const problem = passwordProblem(next)
    if (problem) throw new AccountError(problem)
    await this.store.setPassword(member.id, await hashPassword(next))
    await this.store.removeSessionsOf(member.id, principal.credential.hash)
    this.changed(member.id)
  }

  /** Adds a member; `password` null for one who signs in through the identity provider only. */
  async addMember(input: {
    email: string
    name: string
    role: Role
    password: string | null
  }): Promise<Member> {
    const email = input.email.trim()
    const name = input.name.trim()
    if (!/^[^\s@]+@[^\s@]+$/.test(email)) {
      throw new AccountError(message('server.account.notAnEmail', { email }))
    }
    if (name.length === 0 || name.length > 80) {
      throw new AccountError(message('server.account.nameLength'))
    }
    if (input.password !== null) {
      const problem = passwordProblem(input.password)
      if (problem) throw new AccountError(problem)
    }
    return this.store.addMember({
      id: newMemberId(),
      email,
      name,
      role: input.role,
      passwordHash: input.password === null ? null : await hashPassword(input.password)
    })
  }

  /** Creates a one-time invite; returns its secret, to be put in a link. */
  async invite(
    role: Role,
    email: string | null = null
  ): Promise<{ secret: string; expiresAt: Date }> {
    const secret = newSecret('invite')
    const createdAt = this.now()
    const expiresAt = new Date(createdAt.getTime() + this.inviteMs)
    await this.store.addInvite({
      tokenHash: hashSecret(secret),
      role,
      email,
      createdAt: createdAt.toISOString(),
      expiresAt: expiresAt.toISOString()
    })
    return { secret, expiresAt }
  }

  /** Takes an invite and makes its holder a member with a session; undefined for a used or expired one. */
  async acceptInvite(
    secret: string,
    input: { email: string; name: string; password: string }
  ): Promise<{ member: Member; session: string; expiresAt: Date } | undefined> {
    const invite: StoredInvite | undefined = await this.store.takeInvite(
      hashSecret(secret),
      this.now().toISOString()
    )
    if (!invite) return undefined
    if (invite.email && invite.email.toLowerCase() !== input.email.trim().toLowerCase()) {
      // Put it back: the wrong person must not use up someone else's invite.
      await this.store.addInvite(invite)
      throw new AccountError(message('server.account.inviteForOther', { email: invite.email }))
    }
    let member: Member
    try {
      member = await this.addMember({ ...input, role: invite.role })
    } catch (error) {
      await this.store.addInvite(invite)
      throw error
    }
    return { member, ...(await this.startSession(member.id)) }
  }

  /** Creates an API token for a member's scripts; returns the secret, shown once. */
  async createToken(memberId: string, label: string): Promise<string> {
    const secret = newSecret('token')
    await this.store.addApiToken(hashSecret(secret), memberId, label)
    return secret
  }

  async setRole(memberId: string, role: Role): Promise<boolean> {
    const changed = await this.store.setRole(memberId, role)
    if (changed) this.changed(memberId)
    return changed
  }

  async removeMember(memberId: string): Promise<boolean> {
    const removed = await this.store.removeMember(memberId)
    if (removed) this.changed(memberId)
    return removed
  }

  async setRoomRole(room: string, memberId: string, role: RoomRole | null): Promise<void> {
    await this.store.setRoomRole(room, memberId, role)
    this.changed(memberId)
  }

  /** Seconds until `key` may try again, or undefined when it may now. */
  private async blockedFor(limiter: RateLimiterMemory, key: string): Promise<number | undefined> {
    const state = await limiter.get(key)
    if (!state || state.remainingPoints > 0) return undefined
    return Math.max(1, Math.ceil(state.msBeforeNext / 1000))
  }

  private changed(memberId: string): void {
    for (const listener of this.listeners) listener(memberId)
  }
}

function stripPassword(member: Member & { passwordHash?: unknown }): Member {
  const { id, email, name, role, createdAt } = member
  return { id, email, name, role, createdAt }
}
