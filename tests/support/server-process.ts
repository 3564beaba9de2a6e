/** Runs the CLI (`server/cli.ts` through tsx) as a child process, as users and the desktop app do. */
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'

const REPO_ROOT = resolve(__dirname, '../..')
const LISTENING = /listening on (http:\/\/\S+)/

/** A running server process. */
export interface ServerProcess {
  /** `http://127.0.0.1:PORT` (no trailing slash). */
  readonly url: string
  readonly syncUrl: string
  readonly child: ChildProcess
  /** Everything the process wrote to stderr so far. */
  readonly stderr: () => string
  /** Sends `signal` and resolves with the exit code (or the signal's name). */
  stop(signal?: NodeJS.Signals): Promise<number | string>
}

/** Options of `spawnServerProcess`. */
export interface ServerProcessOptions {
  readonly dataDir: string
  /** A fixed port, e.g. to restart a killed server where its clients expect it; default 0 (free). */
  readonly port?: number
  readonly extraArgs?: readonly string[]
  readonly env?: Readonly<Record<string, string>>
}

/** Starts `node --import tsx server/cli.ts --port PORT --data DIR` and waits for its listening line. */
export function spawnServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const port = String(options.port ?? 0)
  const args = ['--import', 'tsx', 'server/cli.ts', '--port', port, '--data', options.dataDir]
  const child = spawn(process.execPath, [...args, ...(options.extraArgs ?? [])], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<number | string>((done) =>
    child.once('exit', (code, signal) => done(code ?? signal ?? 'unknown'))
  )
  return new Promise((resolveStart, rejectStart) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const firstLine = stdout.split('\n')[0] ?? ''
      const match = stdout.includes('\n') ? LISTENING.exec(firstLine) : null
      if (!match?.[1]) return
      const url = match[1].replace(/\/$/, '')
      resolveStart({
        url,
        syncUrl: `${url.replace(/^http/, 'ws')}/sync`,
        child,
        stderr: () => stderr,
        stop(signal = 'SIGTERM') {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal)
          return exited
        }
      })
    })
    void exited.then((code) =>
      rejectStart(new Error(`server exited (${code}) before listening: ${stderr}`))
    )
  })
}
