/** Starts the real sync server in-process on a free port. */
import type { Limits } from '../../server/limits'
import type { Logger } from '../../server/logger'
import { createSilentLogger } from '../../server/logger'
import { createSyncServer } from '../../server/create-sync-server'
import type { SyncServerOptions } from '../../server/create-sync-server'
import { createMemoryStorage } from '../../server/storage/memory-storage'
import type { RoomStorage } from '../../server/storage/room-storage'

/** A server started for one test or suite. */
export interface TestServer {
  /** `http://127.0.0.1:PORT` */
  readonly url: string
  /** `ws://127.0.0.1:PORT/sync`, the serverUrl for a WebsocketProvider. */
  readonly syncUrl: string
  readonly port: number
  readonly storage: RoomStorage
  close(): Promise<void>
}

/** Options of `startTestServer`; storage defaults to a fresh in-memory one. */
export interface TestServerOptions {
  readonly storage?: RoomStorage
  readonly limits?: Partial<Limits>
  readonly logger?: Logger
  readonly staticDir?: string
  readonly authorize?: SyncServerOptions['authorize']
  readonly exports?: SyncServerOptions['exports']
  readonly record?: SyncServerOptions['record']
  readonly publisher?: SyncServerOptions['publisher']
}

/** Starts a server on 127.0.0.1 and a free port. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const storage = options.storage ?? createMemoryStorage()
  const server = createSyncServer({
    storage,
    logger: options.logger ?? createSilentLogger(),
    limits: options.limits,
    staticDir: options.staticDir,
    authorize: options.authorize,
    exports: options.exports,
    record: options.record,
    publisher: options.publisher
  })
  const { url, port } = await server.listen(0)
  return {
    url,
    syncUrl: `${url.replace(/^http/, 'ws')}/sync`,
    port,
    storage,
    close: () => server.close()
  }
}

/** A logger that keeps its lines, for tests that check what was logged. */
export function createRecordingLogger(): Logger & { readonly lines: string[] } {
  const lines: string[] = []
  const record =
    (level: string) =>
    (message: string): void => {
      lines.push(`${level}: ${message}`)
    }
  return { lines, info: record('info'), warn: record('warn'), error: record('error') }
}

/** Wraps a storage so loading takes `ms` longer: makes load-before-sync ordering observable. */
export function withSlowLoads(storage: RoomStorage, ms: number): RoomStorage {
  return {
    ...storage,
    loadUpdates: async (room) => {
      await new Promise((resolve) => setTimeout(resolve, ms))
      return storage.loadUpdates(room)
    }
  }
}
