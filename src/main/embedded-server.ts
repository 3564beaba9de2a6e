// Runs the sync server as a child process under plain Node. better-sqlite3 is
// compiled for Node's ABI, not Electron's, and a separate process keeps a server
// crash from taking the window down with it.
import type { ChildProcess, SpawnOptions } from 'node:child_process'
import { createInterface } from 'node:readline'
import type { Translator } from '../core/i18n/translator'
import { english } from '../core/i18n/translator'

/** The subset of `child_process.spawn` this module needs; injected for testing and clarity. */
export type SpawnProcess = (
  command: string,
  args: readonly string[],
  options: SpawnOptions
) => ChildProcess

/** What it takes to start the embedded sync server. */
export interface EmbeddedServerOptions {
  spawn: SpawnProcess
  nodePath: string
  serverScript: string
  dataDir: string
  staticDir: string
  timeoutMs: number
  /** Loopback port to listen on; 0 (the default) lets the system pick a free one. */
  port?: number
  /** Origins besides the server's own whose pages may use it: the Vite dev server, in dev. */
  allowedOrigins?: readonly string[]
  /** Receives the server's stderr (JSON log lines), one line at a time. */
  onLog?: (line: string) => void
  /** Called when the server exits on its own after it was ready. */
  onUnexpectedExit?: (reason: string) => void
  env?: NodeJS.ProcessEnv
  /** The language now of start failures and exit reasons, which the reviewer sees; English by default. */
  text?: () => Translator
}

/** A running embedded server. */
export interface EmbeddedServer {
  url: string
  stop(): Promise<void>
}

const LISTENING_LINE = /listening on (http:\/\/\S+)/
const STDERR_TAIL_LINES = 20
const STOP_GRACE_MS = 5_000

/** Picks the Node executable: an explicit CLAIMDESK_NODE first, then npm's own, then PATH. */
export function resolveNodePath(env: NodeJS.ProcessEnv): string {
  return env['CLAIMDESK_NODE'] || env['npm_node_execpath'] || 'node'
}

/** Starts the server on a loopback port and resolves once it prints its URL. */
export function startEmbeddedServer(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const args = [
    options.serverScript,
    ...['--port', String(options.port ?? 0), '--host', '127.0.0.1'],
    ...['--data', options.dataDir, '--static', options.staticDir],
    ...(options.allowedOrigins?.length ? ['--allow-origin', options.allowedOrigins.join(',')] : []),
    // Our end of its stdin closes when this process dies, however it dies.
    '--exit-with-stdin'
  ]
  const child = options.spawn(options.nodePath, args, {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: options.env ?? process.env,
    windowsHide: true
  })
  const stderrTail: string[] = []
  // Asked at each use: the reviewer may switch language while the server runs.
  const text = (): Translator => options.text?.() ?? english
  return new Promise<EmbeddedServer>((resolve, reject) => {
    let ready = false
    let stopping = false
    const fail = (message: string): void => {
      clearTimeout(timer)
      const tail = stderrTail.length > 0 ? `\n${stderrTail.join('\n')}` : ''
      reject(new Error(`${message}${tail}`))
    }
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      fail(text().t('menu.embeddedServer.noListeningLine', { ms: String(options.timeoutMs) }))
    }, options.timeoutMs)

    child.once('error', (error) => {
      fail(
        text().t('menu.embeddedServer.cannotSpawn', {
          nodePath: options.nodePath,
          error: error.message
        })
      )
    })
    child.once('exit', (code, signal) => {
      if (!ready) {
        fail(
          signal
            ? text().t('menu.embeddedServer.exitedEarlyWithSignal', { signal })
            : text().t('menu.embeddedServer.exitedEarlyWithCode', { code: String(code) })
        )
      } else if (!stopping) {
        options.onUnexpectedExit?.(
          signal
            ? text().t('menu.embeddedServer.exitedWithSignal', { signal })
            : text().t('menu.embeddedServer.exitedWithCode', { code: String(code) })
        )
      }
    })
    readLines(child.stderr, (line) => {
      stderrTail.push(line)
      if (stderrTail.length > STDERR_TAIL_LINES) stderrTail.shift()
      options.onLog?.(line)
    })
    readLines(child.stdout, (line) => {
      const match = ready ? null : LISTENING_LINE.exec(line)
      if (!match?.[1]) return
      ready = true
      clearTimeout(timer)
      const stop = (): Promise<void> => {
        stopping = true
        return stopChild(child)
      }
      resolve({ url: match[1], stop })
    })
  })
}

/** Calls `onLine` for each line of a stream; keeps draining so the child never blocks on a full pipe. */
function readLines(stream: NodeJS.ReadableStream | null, onLine: (line: string) => void): void {
  if (!stream) return
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', onLine)
}

/** SIGTERM for a graceful shutdown, SIGKILL if the server takes too long. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const killTimer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS)
    // 'close' comes after the child's output has been drained, so its last log lines are read.
    child.once('close', () => {
      clearTimeout(killTimer)
      resolve()
    })
    child.kill('SIGTERM')
  })
}
