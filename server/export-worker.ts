/**
 * The server's worker thread for whole-room work off the event loop (export-render.ts):
 * rendering exports, and encoding a compaction's snapshot.
 */
import { parentPort } from 'node:worker_threads'
import {
  compactRows,
  renderExport,
  renderVersion,
  type ExportJob,
  type ExportOutcome
} from './export-render'

/** A request to the worker: an export, or the rows of a room to compact. */
export type ExportRequest =
  | { readonly id: number; readonly job: ExportJob }
  | { readonly id: number; readonly compact: readonly Uint8Array[] }
  | { readonly id: number; readonly version: Uint8Array }
  | { readonly id: number; readonly versionRows: readonly Uint8Array[] }

/** The worker's answer to one request. */
export type ExportReply =
  | { readonly id: number; readonly outcome: ExportOutcome }
  | { readonly id: number; readonly snapshot: Uint8Array }
  | { readonly id: number; readonly error: string }

const port = parentPort
port?.on('message', (request: ExportRequest) => {
  const { id } = request
  if ('compact' in request || 'version' in request || 'versionRows' in request) {
    let answer: ExportReply
    try {
      const bytes =
        'compact' in request
          ? compactRows(request.compact)
          : 'versionRows' in request
            ? compactRows(request.versionRows, 'v2')
            : renderVersion(request.version)
      answer = { id, snapshot: bytes.slice() }
    } catch (error) {
      answer = { id, error: error instanceof Error ? error.message : String(error) }
    }
    port.postMessage(answer, 'snapshot' in answer ? [answer.snapshot.buffer as ArrayBuffer] : [])
    return
  }
  const { job } = request
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
