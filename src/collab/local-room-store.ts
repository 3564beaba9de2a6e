/**
 * Keeps one room's document on this device, one IndexedDB database per room. Each row is one
 * update; rows this device made stay separate until the server acknowledged them, so after a
 * reload the changes not yet synced are counted from what is stored, not guessed. A store that
 * fails (quota, corruption, the browser closing it) is deleted and rebuilt from the in-memory
 * document, which still holds every edit.
 */
import * as Y from 'yjs'
import type { IdbDatabase, IdbFactory } from './idb'
import { committed, settle } from './idb'

const UPDATES = 'updates'
const META = 'meta'
const DB_VERSION = 1
const OPEN_TIMEOUT_MS = 5_000
const DELETE_TIMEOUT_MS = 3_000
const COMPACT_AFTER_ROWS = 200
const COMPACT_DELAY_MS = 1_000
const REOPEN_DELAY_MS = 300
const MAX_REBUILDS = 3

/** How the room's local copy stands. */
export type LocalStoreState =
  | { readonly kind: 'loading' }
  /** Working; `unsaved` rows are written but not yet committed (0: everything is on disk). */
  | { readonly kind: 'ok'; readonly unsaved: number }
  /** No IndexedDB here (or none was given): the room lives in memory only. */
  | { readonly kind: 'unavailable' }
  /** It failed; `rebuilt` once the local copy was recreated from the in-memory document. */
  | {
      readonly kind: 'failed'
      readonly message: string
      readonly rebuilt: boolean
      /** As for `ok`, once rebuilt: the rebuilt copy's rows not yet committed. */
      readonly unsaved: number
    }

/** What the store held when the room was opened. */
export interface LoadedRoom {
  /** True when the room had completed a sync with the server on this device before. */
  readonly serverSynced: boolean
  /** The last snapshot the server acknowledged, encoded. */
  readonly acked: Uint8Array | null
  /** Updates this device made that the acknowledged snapshot does not contain. */
  readonly pendingLocal: Uint8Array[]
}

/**
 * The copy's lifecycle. `connecting`: opening the database (the first time, again, or to
 * rebuild it); `merging`: it is open and its rows are being merged, on opening or to compact,
 * and writes may go ahead; `open`: ready; `closed`: no database and nothing under way (after a
 * failure, or while another window rebuilds it); `deleting`: deleting a failed copy before
 * rebuilding it; `givenUp`: it failed too often, the room lives in memory only; `destroyed`:
 * the room was closed.
 */
type Phase =
  | { readonly name: 'connecting' }
  | { readonly name: 'merging'; readonly db: IdbDatabase }
  | { readonly name: 'open'; readonly db: IdbDatabase }
  | { readonly name: 'closed' }
  | { readonly name: 'deleting' }
  | { readonly name: 'givenUp' }
  | { readonly name: 'destroyed' }

/** One stored update; `local` when this device made it. */
interface StoredRow {
  readonly update: Uint8Array
  readonly local: boolean
}

/** What the store needs from the room connection. */
export interface LocalStoreOptions {
  readonly factory: IdbFactory
  readonly room: string
  readonly doc: Y.Doc
  /** True for an update origin that is a local change (not the provider, not this store). */
  readonly isLocalChange: (origin: unknown) => boolean
  /** The local changes still unacknowledged, written again when the store is rebuilt. */
  readonly pendingLocal: () => readonly Uint8Array[]
}

/** The local copy of one room. */
export interface LocalRoomStore {
  /** The origin of the updates it applies from disk: not local changes, not from the server. */
  readonly origin: object
  /** Resolves once the stored updates were applied to the document; null if loading failed. */
  readonly loaded: Promise<LoadedRoom | null>
  /** Calls `listener` now and on every change of state; returns the unsubscribe function. */
  subscribe(listener: (state: LocalStoreState) => void): () => void
  /** Remembers the server's latest acknowledgement (encoded snapshot). */
  saveAcked(snapshot: Uint8Array): void
  /** Remembers that the room has completed a sync with the server on this device. */
  markServerSynced(): void
  destroy(): void
}

/** The database name of a room's local copy. */
export function localStoreName(room: string): string {
  return `claimdesk-room:${room}`
}

/** Opens (or creates) the local copy of `room` and starts mirroring `doc` into it. */
export function openLocalRoomStore(options: LocalStoreOptions): LocalRoomStore {
  return new IndexedDbRoomStore(options)
}

class IndexedDbRoomStore implements LocalRoomStore {
  readonly loaded: Promise<LoadedRoom | null>
  readonly origin: object = this
  private state: LocalStoreState = { kind: 'loading' }
  private readonly listeners = new Set<(state: LocalStoreState) => void>()
  private phase: Phase = { name: 'connecting' }
  /** Rows waiting for an open database (before loading, while reopening or rebuilding). */
  private unwritten: StoredRow[] = []
  private acked: Uint8Array | null = null
  private serverSynced = false
  private rows = 0
  private compactAt = COMPACT_AFTER_ROWS
  private compactTimer: ReturnType<typeof setTimeout> | undefined
  private rebuilds = 0
  /** Rows handed to IndexedDB whose transaction has not committed yet. */
  private committing = 0

  constructor(private readonly options: LocalStoreOptions) {
    options.doc.on('update', this.handleUpdate)
    this.loaded = this.connect(false).then(
      (loaded) => {
        this.setState({ kind: 'ok', unsaved: this.unsaved() })
        return loaded
      },
      (error: unknown) => {
        void this.fail(error)
        return null
      }
    )
  }

  subscribe(listener: (state: LocalStoreState) => void): () => void {
    this.listeners.add(listener)
    listener(this.state)
    return () => this.listeners.delete(listener)
  }

  saveAcked(snapshot: Uint8Array): void {
    this.acked = snapshot
    this.writeMeta('acked', snapshot)
  }

  markServerSynced(): void {
    if (this.serverSynced) return
    this.serverSynced = true
    this.writeMeta('serverSynced', true)
  }

  destroy(): void {
    clearTimeout(this.compactTimer)
    this.options.doc.off('update', this.handleUpdate)
    this.listeners.clear()
    this.closeDb()
    this.phase = { name: 'destroyed' }
  }

  /** A method, not a field read: the phase may have changed across an await. */
  private isDestroyed(): boolean {
    return this.phase.name === 'destroyed'
  }

  /** The database, while it is open (or being merged). */
  private get db(): IdbDatabase | null {
    return this.phase.name === 'open' || this.phase.name === 'merging' ? this.phase.db : null
  }

  private readonly handleUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this) return
    this.write({ update, local: this.options.isLocalChange(origin) })
  }

  private write(row: StoredRow): void {
    // While a merge runs, a write may go ahead: IndexedDB runs it after the merge's transaction.
    const db = this.db
    if (!db) {
      if (this.phase.name !== 'givenUp') this.unwritten.push(row)
      this.reportUnsaved()
      return
    }
    try {
      const transaction = db.transaction([UPDATES], 'readwrite')
      transaction.objectStore(UPDATES).add(row)
      this.committing += 1
      this.reportUnsaved()
      committed(transaction).then(
        () => {
          this.committing -= 1
          this.reportUnsaved()
        },
        (error: unknown) => {
          this.committing -= 1
          void this.fail(error)
        }
      )
    } catch (error) {
      void this.fail(error)
      return
    }
    this.rows += 1
    if (this.rows > this.compactAt && !this.compactTimer) {
      this.compactTimer = setTimeout(() => {
        this.compactTimer = undefined
        this.compact()
      }, COMPACT_DELAY_MS)
    }
  }

  private writeMeta(key: string, value: unknown): void {
    const db = this.db
    if (!db) return // connect() writes the current values after (re)opening
    try {
      const transaction = db.transaction([META], 'readwrite')
      transaction.objectStore(META).put(value, key)
      committed(transaction).catch((error: unknown) => this.fail(error))
    } catch (error) {
      void this.fail(error)
    }
  }

  /** Opens the database, merges what it holds into the document and rewrites it compactly. */
  private async connect(rebuilding: boolean): Promise<LoadedRoom> {
    this.phase = { name: 'connecting' }
    try {
      const db = await this.openDb()
      if (this.isDestroyed()) {
        db.close()
        throw new Error('closed')
      }
      this.phase = { name: 'merging', db }
      return await this.mergeRows(db, rebuilding)
    } finally {
      this.settlePhase()
      this.flushUnwritten()
    }
  }

  /** After work on the database ends, well or not: open if it is there, closed if not. */
  private settlePhase(): void {
    if (this.phase.name === 'merging') this.phase = { name: 'open', db: this.phase.db }
    else if (this.phase.name === 'connecting') this.phase = { name: 'closed' }
  }

  /** Writes rows that arrived while the database was busy being merged or reopened. */
  private flushUnwritten(): void {
    if (!this.db) return
    const waiting = this.unwritten
    this.unwritten = []
    waiting.forEach((row) => this.write(row))
  }

  private async openDb(): Promise<IdbDatabase> {
    const request = this.options.factory.open(localStoreName(this.options.room), DB_VERSION)
    request.onupgradeneeded = () => {
      request.result.createObjectStore(UPDATES, { autoIncrement: true })
      request.result.createObjectStore(META)
    }
    const db = await withTimeout(settle(request), OPEN_TIMEOUT_MS, 'the local copy did not open')
    if (!db.objectStoreNames.contains(UPDATES) || !db.objectStoreNames.contains(META)) {
      db.close()
      throw new Error('the local copy of this room is damaged')
    }
    db.onclose = () => void this.fail(new Error('the browser closed the local copy'))
    // Another window deletes this database to rebuild it: step aside, then rewrite our copy.
    db.onversionchange = () => {
      this.closeDb()
      setTimeout(() => void this.reopen(), REOPEN_DELAY_MS)
    }
    return db
  }

  /**
   * In one transaction: applies every stored row to the document, then replaces them with one
   * merged row of what needs no tracking plus each unacknowledged local row, plus rows that
   * waited for the database. After a rebuild the database is empty and the whole document is
   * written, with the pending local changes beside it.
   */
  private async mergeRows(db: IdbDatabase, rebuilding: boolean): Promise<LoadedRoom> {
    const transaction = db.transaction([UPDATES, META], 'readwrite')
    const done = committed(transaction)
    const updates = transaction.objectStore(UPDATES)
    const meta = transaction.objectStore(META)
    const stored = (await settle(updates.getAll())).filter(isStoredRow)
    const storedAcked = await settle(meta.get('acked'))
    const storedSynced = (await settle(meta.get('serverSynced'))) === true
    if (storedAcked instanceof Uint8Array && !this.acked) this.acked = storedAcked
    this.serverSynced ||= storedSynced
    const { doc } = this.options
    Y.transact(doc, () => stored.forEach((row) => Y.applyUpdate(doc, row.update)), this)
    const snapshot = this.acked ? Y.decodeSnapshot(this.acked) : null
    const pendingStored = stored.filter((row) => row.local && !containedIn(snapshot, row.update))
    const settledRows = stored.filter((row) => !pendingStored.includes(row))
    const base = rebuilding
      ? [Y.encodeStateAsUpdate(doc)]
      : settledRows.length > 0
        ? [Y.mergeUpdates(settledRows.map((row) => row.update))]
        : []
    const extra = rebuilding
      ? this.options.pendingLocal().map((update) => ({ update, local: true }))
      : []
    const rows = [
      ...base.map((update) => ({ update, local: false })),
      ...pendingStored,
      ...extra,
      ...this.unwritten
    ]
    this.unwritten = []
    await settle(updates.clear())
    rows.forEach((row) => updates.add(row))
    this.rows = rows.length
    this.compactAt = rows.length + COMPACT_AFTER_ROWS
    if (this.acked) meta.put(this.acked, 'acked')
    if (this.serverSynced) meta.put(true, 'serverSynced')
    await done
    return {
      serverSynced: this.serverSynced,
      acked: this.acked,
      pendingLocal: pendingStored.map((row) => row.update)
    }
  }

  private compact(): void {
    if (this.phase.name !== 'open') return
    const { db } = this.phase
    this.phase = { name: 'merging', db }
    this.mergeRows(db, false).then(
      () => {
        this.settlePhase()
        this.flushUnwritten()
      },
      (error: unknown) => {
        this.settlePhase()
        void this.fail(error)
      }
    )
  }

  private async reopen(): Promise<void> {
    if (this.phase.name !== 'closed') return
    try {
      await this.connect(true)
    } catch (error) {
      await this.fail(error)
    }
  }

  /** Reports the failure, deletes the database and rebuilds it from the in-memory document. */
  private async fail(error: unknown): Promise<void> {
    // Work under way reports its own failure once it ends; a finished store has nothing to do.
    if (this.phase.name !== 'open' && this.phase.name !== 'closed') return
    const message = describeError(error)
    this.closeDb()
    this.rebuilds += 1
    this.setState({ kind: 'failed', message, rebuilt: false, unsaved: this.unsaved() })
    if (this.rebuilds > MAX_REBUILDS) {
      this.phase = { name: 'givenUp' }
      this.unwritten = []
      return
    }
    this.phase = { name: 'deleting' }
    try {
      const name = localStoreName(this.options.room)
      const deleted = settle(this.options.factory.deleteDatabase(name))
      await withTimeout(deleted, DELETE_TIMEOUT_MS, 'deleting the local copy')
    } catch {
      // Reopening below reports whatever is still wrong.
    }
    // Destroyed meanwhile: nothing to rebuild.
    if (this.isDestroyed()) return
    try {
      await this.connect(true)
      if (!this.isDestroyed()) {
        this.setState({ kind: 'failed', message, rebuilt: true, unsaved: this.unsaved() })
      }
    } catch (next) {
      await this.fail(next)
    }
  }

  private closeDb(): void {
    const db = this.db
    if (!db) return
    this.phase = { name: 'closed' }
    db.onclose = null
    db.onversionchange = null
    db.close()
  }

  /** Rows not yet on disk: waiting for the database, or written and not yet committed. */
  private unsaved(): number {
    return this.unwritten.length + this.committing
  }

  /** Keeps the count of unsaved rows current in the `ok` and `failed` states. */
  private reportUnsaved(): void {
    const unsaved = this.unsaved()
    const { state } = this
    if ((state.kind === 'ok' || state.kind === 'failed') && state.unsaved !== unsaved) {
      this.setState({ ...state, unsaved })
    }
  }

  private setState(state: LocalStoreState): void {
    if (this.phase.name === 'destroyed') return
    this.state = state
    this.listeners.forEach((listener) => listener(state))
  }
}

function isStoredRow(value: unknown): value is StoredRow {
  if (typeof value !== 'object' || value === null) return false
  const row = value as Partial<StoredRow>
  return row.update instanceof Uint8Array && typeof row.local === 'boolean'
}

function containedIn(snapshot: Y.Snapshot | null, update: Uint8Array): boolean {
  return snapshot !== null && Y.snapshotContainsUpdate(snapshot, update)
}

/** A one-line description keeping a DOMException's name (e.g. QuotaExceededError). */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  return error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} within ${ms / 1000} s`)), ms)
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error instanceof Error ? error : new Error(String(error)))
      }
    )
  })
}
