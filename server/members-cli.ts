/**
 * `npm run members -- COMMAND --data DIR ...`: a team server's members from
 * the command line.
 *   add --email E --name N --role R [--no-password]   password from standard input
 *   invite --role R [--email E] [--url URL]           prints a one-time link, valid 7 days
 *   list | remove --email E | set-role --email E --role R | token --email E [--label L]
 * While the server runs it holds its file exclusively, so it is asked to run
 * the command itself (admin-channel.ts); then removals and role changes reach
 * open sockets at once. Otherwise the file is opened directly.
 */
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { ROLES, isRole } from '../src/core/access/roles'
import type { Role } from '../src/core/access/roles'
import { readServerInfo } from './admin-channel'
import { Accounts } from './accounts/accounts'
import type { MemberCommand } from './accounts/member-commands'
import { runMemberCommand } from './accounts/member-commands'
import { isRunning } from './process-alive'
import { readSecretLine } from './secret-input'
import { createSqliteStorage } from './storage/sqlite-storage'

const USAGE = `usage: members COMMAND --data DIR
  add --email EMAIL --name NAME --role ROLE [--no-password]   (password from standard input)
  invite --role ROLE [--email EMAIL] [--url URL]
  list
  remove --email EMAIL
  set-role --email EMAIL --role ROLE
  token --email EMAIL [--label LABEL]
roles: ${ROLES.join(', ')}`

class UsageError extends Error {}

function need(value: string | undefined, flag: string): string {
  if (!value) throw new UsageError(`${flag} is required\n${USAGE}`)
  return value
}

function roleFrom(value: string | undefined): Role {
  const role = need(value, '--role')
  if (!isRole(role))
    throw new UsageError(`--role must be one of ${ROLES.join(', ')}, got "${role}"`)
  return role
}

async function commandFrom(
  name: string | undefined,
  values: Record<string, string | boolean | undefined>
): Promise<MemberCommand> {
  const text = (key: string) => (typeof values[key] === 'string' ? values[key] : undefined)
  switch (name) {
    case 'add': {
      const email = need(text('email'), '--email')
      const memberName = need(text('name'), '--name')
      const role = roleFrom(text('role'))
      const password = values['no-password']
        ? null
        : await readSecretLine(`Password for ${email}: `)
      return { kind: 'add', email, name: memberName, role, password }
    }
    case 'invite':
      return { kind: 'invite', role: roleFrom(text('role')), email: text('email') ?? null }
    case 'list':
      return { kind: 'list' }
    case 'remove':
      return { kind: 'remove', email: need(text('email'), '--email') }
    case 'set-role':
      return {
        kind: 'set-role',
        email: need(text('email'), '--email'),
        role: roleFrom(text('role'))
      }
    case 'token':
      return {
        kind: 'token',
        email: need(text('email'), '--email'),
        label: text('label') ?? 'script'
      }
    default:
      throw new UsageError(name ? `unknown command "${name}"\n${USAGE}` : USAGE)
  }
}

async function askServer(url: string, token: string, command: MemberCommand): Promise<string> {
  const response = await fetch(`${url}/api/admin/members`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(command)
  })
  const body = (await response.json()) as { output?: string; error?: string }
  if (!response.ok || typeof body.output !== 'string') {
    throw new Error(body.error ?? `the running server answered ${response.status}`)
  }
  return body.output
}

async function runDirectly(dataDir: string, command: MemberCommand, url: string): Promise<string> {
  const storage = createSqliteStorage(join(dataDir, 'claimdesk.sqlite'))
  try {
    return await runMemberCommand(new Accounts({ store: storage.accounts }), command, url)
  } finally {
    await storage.close()
  }
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string' },
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      label: { type: 'string' },
      url: { type: 'string' },
      'no-password': { type: 'boolean' }
    },
    allowPositionals: true,
    strict: true
  })
  if (positionals.length > 1) throw new UsageError(`one command at a time\n${USAGE}`)
  const command = await commandFrom(positionals[0], values)
  const dataDir = resolve(need(values.data, '--data'))
  const server = readServerInfo(dataDir)
  const output =
    server && isRunning(server.pid)
      ? await askServer(server.url, server.token, command)
      : await runDirectly(dataDir, command, values.url ?? 'http://127.0.0.1:1234')
  process.stdout.write(`${output}\n`)
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(
    `claimdesk members: ${error instanceof Error ? error.message : String(error)}\n`
  )
  process.exit(error instanceof UsageError ? 2 : 1)
})
