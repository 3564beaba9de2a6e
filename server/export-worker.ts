/** The export worker thread: renders room exports off the server's event loop (export-render.ts). */
import { parentPort } from 'node:worker_threads'
import { renderExport, type ExportJob, type ExportOutcome } from './export-render'

/** A request to the worker. */
export interface ExportRequest {
  readonly id: number
  readonly job: ExportJob
}

/** The worker's answer to one request. */
export type ExportReply =
  | { readonly id: number; readonly outcome: ExportOutcome }
  | { readonly id: number; readonly error: string }

const port = parentPort
port?.on('message', ({ id, job }: ExportRequest) => {
  let reply: ExportReply
  try {
    const outcome = renderExport(job)
    // A copy with a buffer of its own: the rendered bytes may sit in a shared pool.
    reply = {
      id,
      outcome: outcome.kind === 'file' ? { ...outcome, body: outcome.body.slice() } : outcome
    }
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) }
  }
  const transfer =
    'outcome' in reply && reply.outcome.kind === 'file' ? [reply.outcome.body.buffer] : []
  port.postMessage(reply, transfer as ArrayBuffer[])
})
