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

/** A server to measure: its sync base URL, and headers that sign a client in (team servers). */
export interface BenchTarget {
  readonly wsBase: string
  readonly headers?: Readonly<Record<string, string>>
}

/** The ws client class, sending `headers` with its upgrade. */
function webSocketWith(headers: Readonly<Record<string, string>>): unknown {
  return class extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers })
    }
  }
}

function connect(target: BenchTarget | string, room: string): BenchClient {
  const { wsBase, headers } = typeof target === 'string' ? { wsBase: target } : target
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(wsBase, room, doc, {
    WebSocketPolyfill: (headers
      ? webSocketWith(headers)
      : WebSocket) as typeof globalThis.WebSocket,
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

/** One room's clients on one server, and the samples its edits produced, in edit order. */
interface BenchRoom {
  readonly clients: readonly BenchClient[]
  readonly samples: number[]
}

/** One edit by the next writer in turn; every other client times its arrival. */
async function editOnce(room: BenchRoom, edit: number, record: boolean): Promise<void> {
  const writer = room.clients[edit % room.clients.length]
  if (!writer) return
  const arrivals = room.clients
    .filter((client) => client !== writer)
    .map(
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
  for (const arrivedAt of await Promise.all(arrivals)) {
    if (record) room.samples.push(arrivedAt - sentAt)
  }
}

/**
 * Puts `clientCount` clients in a fresh room on each server, all at once, then
 * alternates single edits between the servers (rotating which goes first),
 * so every server sees the same moments of this machine's noise. Each edit
 * waits for the previous one to arrive everywhere. Returns each server's
 * samples in edit order, after `warmUp` unrecorded edits per server.
 */
export async function measureInterleaved(
  wsBases: readonly (BenchTarget | string)[],
  clientCount: number,
  edits: number,
  warmUp: number
): Promise<number[][]> {
  const rooms: BenchRoom[] = wsBases.map((wsBase) => {
    const name = `bench-${clientCount}-${Math.random().toString(36).slice(2)}`
    return {
      clients: Array.from({ length: clientCount }, () => connect(wsBase, name)),
      samples: []
    }
  })
  await Promise.all(rooms.flatMap((room) => room.clients.map(whenSynced)))
  for (let edit = 0; edit < warmUp + edits; edit++) {
    for (let turn = 0; turn < rooms.length; turn++) {
      const room = rooms[(edit + turn) % rooms.length]
      if (room) await editOnce(room, edit, edit >= warmUp)
    }
  }
  for (const room of rooms) room.clients.forEach((client) => client.provider.destroy())
  return rooms.map((room) => room.samples)
}

/** Opens `rooms` rooms, each holding `text`, and keeps one client in each. */
export async function openRooms(
  wsBase: BenchTarget | string,
  rooms: number,
  text: string
): Promise<() => void> {
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
