/**
 * What `npm run members` does, as plain commands on Accounts: run directly on
 * a data directory whose server is stopped, or by the running server when
 * asked through the admin channel (so that its open sockets follow at once).
 */
import type { Role } from '../../src/core/access/roles'
import { isRole } from '../../src/core/access/roles'
import type { Accounts } from './accounts'
import { AccountError } from './accounts'
import { message } from '../../src/core/i18n/message'

/** One members command, as the CLI parsed it. */
export type MemberCommand =
  | {
      readonly kind: 'add'
      readonly email: string
      readonly name: string
      readonly role: Role
      /** Null: the member signs in through the identity provider only. */
      readonly password: string | null
    }
  | { readonly kind: 'invite'; readonly role: Role; readonly email: string | null }
  | { readonly kind: 'list' }
  | { readonly kind: 'remove'; readonly email: string }
  | { readonly kind: 'set-role'; readonly email: string; readonly role: Role }
  | { readonly kind: 'token'; readonly email: string; readonly label: string }

/** Reads a command sent as JSON (the admin channel); null when it is not one. */
export function decodeMemberCommand(value: unknown): MemberCommand | null {
  if (typeof value !== 'object' || value === null) return null
  const fields = value as Record<string, unknown>
  const text = (key: string): string | null =>
    typeof fields[key] === 'string' ? fields[key] : null
  const role = fields['role']
  switch (fields['kind']) {
    case 'add': {
      const email = text('email')
      const name = text('name')
      const password = fields['password'] === null ? null : text('password')
      if (!email || !name || !isRole(role) || password === '') return null
      return { kind: 'add', email, name, role, password }
    }
    case 'invite':
      return isRole(role) ? { kind: 'invite', role, email: text('email') } : null
    case 'list':
      return { kind: 'list' }
    case 'remove': {
      const email = text('email')
      return email ? { kind: 'remove', email } : null
    }
    case 'set-role': {
      const email = text('email')
      return email && isRole(role) ? { kind: 'set-role', email, role } : null
    }
    case 'token': {
      const email = text('email')
      return email ? { kind: 'token', email, label: text('label') ?? 'script' } : null
    }
    default:
      return null
  }
}

/** Runs a command; resolves with what to print. Throws AccountError for a refusal. */
export async function runMemberCommand(
  accounts: Accounts,
  command: MemberCommand,
  baseUrl: string
): Promise<string> {
  const memberOf = async (email: string) => {
    const member = await accounts.store.findMemberByEmail(email)
    if (!member) throw new AccountError(message('server.members.noMemberWithEmail', { email }))
    return member
  }
  switch (command.kind) {
    case 'add': {
      const member = await accounts.addMember(command)
      return `added ${member.name} <${member.email}> as ${member.role} (${member.id})`
    }
    case 'invite': {
      const { secret, expiresAt } = await accounts.invite(command.role, command.email)
      return `${baseUrl.replace(/\/$/, '')}/invite/${secret}\n(one use, ${command.role}, valid until ${expiresAt.toISOString()})`
    }
    case 'list': {
      const members = await accounts.store.listMembers()
      if (members.length === 0) return 'no members yet'
      return members.map((m) => `${m.email}\t${m.name}\t${m.role}\t${m.id}`).join('\n')
    }
    case 'remove': {
      const member = await memberOf(command.email)
      if (member.role === 'admin' && (await adminCount(accounts)) === 1) {
        throw new AccountError(message('server.members.isLastAdmin', { email: member.email }))
      }
      await accounts.removeMember(member.id)
      return `removed ${member.name} <${member.email}>`
    }
    case 'set-role': {
      const member = await memberOf(command.email)
      if (
        member.role === 'admin' &&
        command.role !== 'admin' &&
        (await adminCount(accounts)) === 1
      ) {
        throw new AccountError(message('server.members.isLastAdmin', { email: member.email }))
      }
      await accounts.setRole(member.id, command.role)
      return `${member.name} <${member.email}> is now ${command.role}`
    }
    case 'token': {
      const member = await memberOf(command.email)
      const token = await accounts.createToken(member.id, command.label)
      return `${token}\n(API token "${command.label}" for ${member.email}; send it as "Authorization: Bearer TOKEN"; it is shown only this once)`
    }
  }
}

async function adminCount(accounts: Accounts): Promise<number> {
  return (await accounts.store.listMembers()).filter((m) => m.role === 'admin').length
}
