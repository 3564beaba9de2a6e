// The desktop app's embedded server must not outlive the app, even when the
// app is killed without a chance to stop it.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { waitFor } from '../support/wait-for'

const REPO_ROOT = resolve(__dirname, '../..')
const dirs: string[] = []

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

describe('serve --exit-with-stdin', () => {
  it('shuts the server down when its parent is killed with SIGKILL', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'claimdesk-lifeline-'))
    dirs.push(dataDir)
    // A stand-in for the desktop app: starts the server with a stdin pipe, reports its pid.
    const parentScript = `
      const { spawn } = require('node:child_process')
      const server = spawn(process.execPath,
        ['--import', 'tsx', 'server/cli.ts', '--port', '0', '--data', ${JSON.stringify(dataDir)}, '--exit-with-stdin'],
        { stdio: ['pipe', 'pipe', 'inherit'] })
      server.stdout.once('data', () => process.stdout.write(String(server.pid) + '\\n'))
      setInterval(() => undefined, 1000)
    `
    const parent = spawn(process.execPath, ['-e', parentScript], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'inherit']
    })
    const serverPid = await new Promise<number>((done) =>
      parent.stdout.once('data', (chunk: Buffer) => done(Number(chunk.toString().trim())))
    )
    expect(isAlive(serverPid)).toBe(true)

    parent.kill('SIGKILL')
    await waitFor(() => !isAlive(serverPid), 'the orphaned server to exit')
    expect(isAlive(serverPid)).toBe(false)
  })
})
