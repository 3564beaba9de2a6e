/**
 * A team server for tests: the real sync server with accounts, on a real
 * SQLite file in a temporary directory, with one member of each role and an
 * API token for each.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Role } from '../../src/core/access/roles'
import { ROLES } from '../../src/core/access/roles'
import type { Member } from '../../server/accounts/account-store'
import { Accounts } from '../../server/accounts/accounts'
import type { AccountsOptions } from '../../server/accounts/accounts'
import { createSyncServer } from '../../server/create-sync-server'
import type { SyncServerOptions } from '../../server/create-sync-server'
import { createSilentLogger } from '../../server/logger'
import type { Logger } from '../../server/logger'
import type { SqliteRoomStorage } from '../../server/storage/sqlite-storage'
import { createSqliteStorage } from '../../server/storage/sqlite-storage'

/** The password every test member has. */
export const TEST_PASSWORD = 'correct horse battery'

/** The test members' names, by role. */
export const MEMBER_NAMES: Readonly<Record<Role, string>> = {
  viewer: 'Vera Viewer',
  commenter: 'Cole Commenter',
  checker: 'Chidi Checker',
  editor: 'Edda Editor',
  admin: 'Ada Admin'
}

/** One member with an API token. */
export interface TestMember {
  readonly member: Member
  readonly token: string
  /** Headers that authenticate as this member. */
  readonly headers: Readonly<Record<string, string>>
}

export interface TeamServer {
  readonly url: string
  readonly syncUrl: string
  readonly port: number
  readonly storage: SqliteRoomStorage
  readonly accounts: Accounts
  readonly members: Readonly<Record<Role, TestMember>>
  close(): Promise<void>
}

export interface TeamServerOptions {
  readonly publicUrl?: string
  readonly accounts?: Omit<AccountsOptions, 'store'>
  readonly logger?: Logger
  readonly server?: Partial<SyncServerOptions>
}

/** Starts a team server on 127.0.0.1 and a free port. */
export async function startTeamServer(options: TeamServerOptions = {}): Promise<TeamServer> {
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-team-'))
  const storage = createSqliteStorage(join(dir, 'claimdesk.sqlite'))
  const accounts = new Accounts({
    store: storage.accounts,
    secureCookies: options.publicUrl?.startsWith('https:') ?? false,
    ...options.accounts
  })
  const members = {} as Record<Role, TestMember>
  for (const role of ROLES) {
    const member = await accounts.addMember({
      email: `${role}@newsroom.example`,
      name: MEMBER_NAMES[role],
      role,
      password: TEST_PASSWORD
    })
    const token = await accounts.createToken(member.id, 'tests')
    members[role] = { member, token, headers: { Authorization: `Bearer ${token}` } }
  }
  const server = createSyncServer({
    storage,
    logger: options.logger ?? createSilentLogger(),
    accounts,
    publicUrl: options.publicUrl,
    ...options.server
  })
  const { url, port } = await server.listen(0)
  return {
    url,
    syncUrl: `${url.replace(/^http/, 'ws')}/sync`,
    port,
    storage,
    accounts,
    members,
    close: async () => {
      await server.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
