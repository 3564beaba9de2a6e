/** Edit-to-remote-visible latency: one writer at a time, every other client timing the arrival. */
import { performance } from 'node:perf_hooks'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

/** Latency percentiles in milliseconds, with the sorted samples they came from. */
export interface LatencyResult {
  readonly samples: number
  readonly p50: number
  readonly p99: number
  readonly sorted: readonly number[]
}

/** Percentiles of a set of samples. */
export function summarize(samples: readonly number[]): LatencyResult {
  const sorted = [...samples].sort((a, b) => a - b)
  return {
    samples: sorted.length,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    sorted
  }
}

interface BenchClient {
  readonly doc: Y.Doc
  readonly provider: WebsocketProvider
}

function connect(wsBase: string, room: string): BenchClient {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(wsBase, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true
  })
  return { doc, provider }
}

function whenSynced(client: BenchClient): Promise<void> {
  if (client.provider.synced) return Promise.resolve()
  return new Promise((resolve) => {
    const handleSync = (synced: boolean): void => {
      if (!synced) return
      client.provider.off('sync', handleSync)
      resolve()
    }
    client.provider.on('sync', handleSync)
  })
}

/** Percentile by nearest rank over sorted samples. */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)
  return sorted[Math.max(0, index)] ?? Number.NaN
}

/** Runs `edits` sequential edits from rotating writers; each lands in every other client. */
export async function measureLatency(
  wsBase: string,
  clientCount: number,
  edits: number
): Promise<LatencyResult> {
  const room = `bench-${clientCount}-${Math.random().toString(36).slice(2)}`
  const clients = Array.from({ length: clientCount }, () => connect(wsBase, room))
  await Promise.all(clients.map(whenSynced))
  const samples: number[] = []
  for (let edit = 0; edit < edits; edit++) {
    const writer = clients[edit % clientCount]
    if (!writer) break
    const receivers = clients.filter((client) => client !== writer)
    const arrivals = receivers.map(
      (client) =>
        new Promise<number>((resolve) => {
          const text = client.doc.getText('bench')
          const handleChange = (): void => {
            if (text.length <= edit) return
            text.unobserve(handleChange)
            resolve(performance.now())
          }
          text.observe(handleChange)
        })
    )
    const sentAt = performance.now()
    writer.doc.getText('bench').insert(edit, 'x')
    for (const arrivedAt of await Promise.all(arrivals)) samples.push(arrivedAt - sentAt)
  }
  for (const client of clients) client.provider.destroy()
  return summarize(samples)
}

/** Opens `rooms` rooms, each holding `text`, and keeps one client in each. */
export async function openRooms(wsBase: string, rooms: number, text: string): Promise<() => void> {
  const clients: BenchClient[] = []
  for (let index = 0; index < rooms; index++) {
    const client = connect(wsBase, `heap-${index}`)
    await whenSynced(client)
    const fragment = client.doc.getXmlFragment('document')
    client.doc.transact(() => {
      for (const line of text.split('\n')) {
        const paragraph = new Y.XmlElement('paragraph')
        paragraph.insert(0, [new Y.XmlText(line)])
        fragment.push([paragraph])
      }
    })
    clients.push(client)
  }
  return () => clients.forEach((client) => client.provider.destroy())
}
