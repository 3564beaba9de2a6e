/**
 * Runs exports in a worker thread, one at a time in arrival order, so that
 * rendering a large room never stalls the other rooms. The worker is started
 * on first use and again after it dies.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { ExportJob, ExportOutcome } from './export-render'
import type { ExportReply, ExportRequest } from './export-worker'

/** Where the worker's code is: the built file beside the bundle, or the source through tsx. */
export interface WorkerScript {
  readonly file: string
  /** True for TypeScript source, which the worker loads through tsx (tests, `tsx` runs). */
  readonly source: boolean
}

/** Runs export jobs somewhere other than the event loop. */
export interface ExportRunner {
  run(job: ExportJob): Promise<ExportOutcome>
  /** Rebuilds a room from its rows and encodes it whole (a compaction's snapshot), off the loop. */
  compact?(rows: readonly Uint8Array[]): Promise<Uint8Array>
  /** A version's text, claims and sources as JSON bytes (renderVersion), off the loop. */
  renderVersion?(state: Uint8Array): Promise<Uint8Array>
  /** A room rebuilt from its rows, encoded whole as a version (V2), off the loop. */
  encodeVersion?(rows: readonly Uint8Array[]): Promise<Uint8Array>
  close(): Promise<void>
}

/** The worker script next to this module: built (`export-worker.js`) or source (`.ts`, via tsx). */
export function findExportWorker(dir: string = __dirname): WorkerScript {
  // The bundler may place this module in a chunk one folder below the entries.
  const built = [join(dir, 'export-worker.js'), join(dir, '..', 'export-worker.js')].find(
    existsSync
  )
  if (built) return { file: built, source: false }
  return { file: join(dir, 'export-worker.ts'), source: true }
}

/** Starts `script` in a worker; source goes through tsx's require hook, registered in the thread. */
function startWorker(script: WorkerScript): Worker {
  if (!script.source) return new Worker(script.file)
  const code = `require('tsx/cjs/api').register(); require(${JSON.stringify(script.file)})`
  return new Worker(code, { eval: true })
}

/** How long closing waits for work already sent to the worker before stopping it. */
const CLOSE_GRACE_MS = 10_000

interface Waiting {
  readonly resolve: (outcome: ExportOutcome | Uint8Array) => void
  readonly reject: (error: Error) => void
}

/** An ExportRunner on one worker thread. */
export function createExportWorkers(script: WorkerScript = findExportWorker()): ExportRunner {
  let worker: Worker | undefined
  let nextId = 1
  const waiting = new Map<number, Waiting>()
  const inFlight = new Set<Promise<unknown>>()

  const failAll = (error: Error): void => {
    for (const entry of waiting.values()) entry.reject(error)
    waiting.clear()
  }
  const start = (): Worker => {
    const started = startWorker(script)
    started.on('message', (reply: ExportReply) => {
      const entry = waiting.get(reply.id)
      waiting.delete(reply.id)
      if (!entry) return
      if ('error' in reply) entry.reject(new Error(reply.error))
      else if ('snapshot' in reply) entry.resolve(reply.snapshot)
      else entry.resolve(reply.outcome)
    })
    started.on('error', (error) => failAll(error))
    started.on('exit', (code) => {
      if (worker === started) worker = undefined
      failAll(new Error(`the export worker stopped (exit code ${code})`))
    })
    // An idle worker must not keep the process alive.
    started.unref()
    return started
  }

  const send = (request: ExportRequest): Promise<ExportOutcome | Uint8Array> => {
    worker ??= start()
    const running = worker
    const answer = new Promise<ExportOutcome | Uint8Array>((resolve, reject) => {
      waiting.set(request.id, { resolve, reject })
      running.postMessage(request)
    })
    const settled = answer.then(
      () => undefined,
      () => undefined
    )
    inFlight.add(settled)
    void settled.then(() => inFlight.delete(settled))
    return answer
  }

  /** A request the worker answers with bytes (a snapshot, a version, a rendition). */
  const sendForBytes = async (request: ExportRequest): Promise<Uint8Array> => {
    const answer = await send(request)
    if (!(answer instanceof Uint8Array)) throw new Error('the worker answered with an export')
    return answer
  }

  return {
    async run(job) {
      const answer = await send({ id: nextId++, job })
      if (answer instanceof Uint8Array)
        throw new Error('the worker answered an export with a snapshot')
      return answer
    },
    compact: (rows) => sendForBytes({ id: nextId++, compact: rows }),
    encodeVersion: (rows) => sendForBytes({ id: nextId++, versionRows: rows }),
    renderVersion: (state) => sendForBytes({ id: nextId++, version: state }),
    async close() {
      const stopping = worker
      worker = undefined
      if (!stopping) return
      // Terminating a worker in the middle of its work can abort the whole process (Node 20
      // asserts in V8's platform when a terminated isolate still schedules GC work), so the
      // requests already sent are let finish first, for a bounded time.
      let timer: NodeJS.Timeout | undefined
      const grace = new Promise((done) => (timer = setTimeout(done, CLOSE_GRACE_MS)))
      await Promise.race([Promise.allSettled([...inFlight]), grace])
      clearTimeout(timer)
      await stopping.terminate()
    }
  }
}
