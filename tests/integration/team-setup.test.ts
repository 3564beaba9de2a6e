/**
 * Setting up a team server from the command line, as a newsroom's IT would:
 * `serve` refuses the network without members, `members add` reads the
 * password from standard input, and while the server runs `members` asks it
 * to do the work, so a removal reaches an open socket at once.
 */
import { execFile, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { CloseCode } from '../../src/core/close-codes'
import { openRawSocket, upgradeStatus } from '../support/clients'
import { spawnServerProcess } from '../support/server-process'

const run = promisify(execFile)
const REPO_ROOT = resolve(__dirname, '../..')
const root = mkdtempSync(join(tmpdir(), 'claimdesk-team-setup-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const PASSWORD = 'a long enough password'

/** Runs `members ARGS` with `input` on standard input; resolves with its output and exit code. */
function members(
  args: readonly string[],
  input = ''
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/members-cli.ts', ...args], {
      cwd: REPO_ROOT,
      stdio: ['pipe', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.once('exit', (code) => done({ code: code ?? -1, stdout, stderr }))
    child.stdin.end(input)
  })
}

describe('a team server from the command line', () => {
  it('refuses to serve the network without members, in one line that says how to fix it', async () => {
    const dir = join(root, 'empty')
    const refused = await run(
      process.execPath,
      ['--import', 'tsx', 'server/cli.ts', '--port', '0', '--data', dir, '--host', '0.0.0.0'],
      { cwd: REPO_ROOT }
    ).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error
    )
    expect(refused?.code).toBe(1)
    const lines = (refused?.stderr ?? '').trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain(`npm run members -- add --data ${dir} --email`)
    expect(lines[0]).toContain('--role admin')
  })

  it(
    'adds the first admin, then serves with sign-in; members follow while it runs',
    { timeout: 60_000 },
    async () => {
      const dir = join(root, 'newsroom')
      const added = await members(
        [
          'add',
          '--data',
          dir,
          '--email',
          'alice@example.org',
          '--name',
          'Alice Example',
          '--role',
          'admin'
        ],
        `${PASSWORD}\n`
      )
      expect(added.stderr).toBe('')
      expect(added.stdout).toContain('added Alice Example <alice@example.org> as admin')

      const server = await spawnServerProcess({ dataDir: dir, extraArgs: ['--host', '0.0.0.0'] })
      try {
        expect((await fetch(`${server.url}/api/session`)).status).toBe(401)
        const signIn = await fetch(`${server.url}/sign-in`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ email: 'alice@example.org', password: PASSWORD })
        })
        expect(signIn.status).toBe(200)

        // While the server runs, the CLI asks it: the new member exists at once.
        const checker = await members(
          [
            'add',
            '--data',
            dir,
            '--email',
            'bo@example.org',
            '--name',
            'Bo Checker',
            '--role',
            'checker'
          ],
          `${PASSWORD}\n`
        )
        expect(checker.code).toBe(0)
        const token = await members([
          'token',
          '--data',
          dir,
          '--email',
          'bo@example.org',
          '--label',
          'bot'
        ])
        const secret = token.stdout.split('\n')[0] ?? ''
        expect(secret).toMatch(/^cdt_/)
        const headers = { Authorization: `Bearer ${secret}` }
        const raw = await openRawSocket(`${server.syncUrl}/desk`, headers)

        const invite = await members(['invite', '--data', dir, '--role', 'viewer'])
        expect(invite.stdout).toMatch(
          /^http:\/\/127\.0\.0\.1:\d+\/invite\/cdi_[\w-]+\n\(one use, viewer/
        )
        const link = invite.stdout.split('\n')[0] ?? ''
        expect((await fetch(link)).status).toBe(200)

        const listed = await members(['list', '--data', dir])
        expect(listed.stdout).toContain('bo@example.org\tBo Checker\tchecker')

        const removed = await members(['remove', '--data', dir, '--email', 'bo@example.org'])
        expect(removed.stdout).toContain('removed Bo Checker')
        expect(await raw.closed).toBe(CloseCode.accessChanged)
        expect(await upgradeStatus(`${server.syncUrl}/desk`, headers)).toBe(401)

        const last = await members(['remove', '--data', dir, '--email', 'alice@example.org'])
        expect(last.code).toBe(1)
        expect(last.stderr).toContain('last admin')
      } finally {
        await server.stop()
      }
      // Stopped: the file is opened directly, and what the server did is there.
      const after = await members(['list', '--data', dir])
      expect(after.stdout).toContain('alice@example.org')
      expect(after.stdout).not.toContain('bo@example.org')
    }
  )

  it('refuses a short password and an unknown role with a clear message', async () => {
    const dir = join(root, 'strict')
    const short = await members(
      ['add', '--data', dir, '--email', 'c@example.org', '--name', 'C', '--role', 'admin'],
      'short\n'
    )
    expect(short.code).toBe(1)
    expect(short.stderr).toContain('at least 10 characters')
    const role = await members([
      'add',
      '--data',
      dir,
      '--email',
      'c@example.org',
      '--name',
      'C',
      '--role',
      'boss'
    ])
    expect(role.code).toBe(2)
    expect(role.stderr).toContain('--role must be one of viewer, commenter, checker, editor, admin')
  })
})
