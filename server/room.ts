/**
 * One loaded room: its Yjs document, awareness and connections. Every write
 * goes store -> apply -> broadcast through one queue, so the stored log and
 * the in-memory document never disagree about what was applied.
 */
import { Awareness, applyAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { CloseCode } from '../src/core/close-codes'
import type { CloseCodeValue } from '../src/core/close-codes'
import type { ConnectionGrant, RoomGate } from './accounts/room-gate'
import { applyGuarded, hasPending } from './guarded-apply'
import { runInSlices } from './slices'
import { SnapshotTracker } from './snapshot-tracker'
import type { Limits } from './limits'
import type { Logger } from './logger'
import type { ClientMessage } from './protocol'
import {
  encodeAck,
  encodeAwareness,
  encodeRoomDamage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncStep2Update,
  encodeUpdate,
  encodeUpdateRefused
} from './protocol'
import { UNKNOWN_REVIEWER, type RoomRecord } from './record/room-record'
import type { NewActivity } from './storage/record-store'
import type { QuarantinedUpdate, RoomStorage, StoredUpdate } from './storage/room-storage'
import { describeUpdate, type UpdateChanges } from '../src/collab/update-changes'
import { TaskQueue } from './task-queue'

/** What a room needs from one client connection. */
export interface RoomConnection {
  /** True when the client opted in to acknowledgements (see src/core/sync-extensions.ts). */
  readonly wantsAcks?: boolean
  /** On a team server: the member behind the connection and their role in the room. */
  readonly grant?: ConnectionGrant
  send(message: Uint8Array): void
  close(code: CloseCodeValue, reason: string): void
  /** Told when the room refused an update of this connection's as hostile. */
  refused?(reason: 'throws'): void
}

/** A room's collaborators, passed in by the registry. */
export interface RoomDeps {
  readonly name: string
  readonly storage: RoomStorage
  readonly logger: Logger
  readonly limits: Limits
  /** Settles when a previous instance of this room has finished writing. */
  readonly previousWrites: Promise<void>
  /** Called once, synchronously, when the room discards itself; `settled` ends its writes. */
  readonly onDiscard: (room: Room, settled: Promise<void>) => void
  /** On a team server: checks each client's updates and presence before anything else sees them. */
  readonly gate?: RoomGate
  /**
   * Rebuilds a room from its rows and encodes it whole, off the event loop (a worker thread);
   * without it compaction encodes the room's document on the loop.
   */
  readonly compactRows?: (rows: readonly Uint8Array[]) => Promise<Uint8Array>
  /** The room's activity log and versions; without it nothing is recorded. */
  readonly record?: RoomRecord
}

/** Acks due within this window go out together, so a burst of keystrokes costs one snapshot. */
const ACK_DELAY_MS = 20

/**
 * Outcome of applying and storing one update: `throws` and `missing` are
 * refusals (see guarded-apply.ts), `overQuota` a room past maxRoomBytes.
 */
export type WriteOutcome =
  'applied' | 'throws' | 'missing' | 'overQuota' | 'storeFailed' | 'discarded'

/** Per connection: the awareness clients it controls and its sync-request throttle. */
interface ConnectionState {
  readonly clients: Set<number>
  lastSyncAnswerAt: number
  /** The newest state vector of a sync request held back by the throttle. */
  deferredStateVector: Uint8Array | undefined
}

/** The stored rows, read into a fresh document. */
interface ReadRoom {
  readonly doc: Y.Doc
  readonly lastId: number
  readonly bytes: number
  readonly rows: number
  /** The rows' bytes when they are few enough to answer joins with (see JoinState). */
  readonly updates?: readonly Uint8Array[]
}

/**
 * What a client that has nothing is sent on joining, without encoding the document: one full
 * encoding of the room (its compacted row, or a compaction's snapshot) and the updates stored
 * after it, which the client applies on top. Dropped once the tail grows long.
 */
interface JoinState {
  readonly full: Uint8Array
  readonly since: Uint8Array[]
  bytes: number
}

/** The rows a compaction off the loop took, and the counters to put back if it fails. */
interface TakenRows {
  readonly rows: readonly Uint8Array[]
  readonly upToId: number
  readonly updates: number
  readonly bytes: number
  readonly storedBytes: number
  readonly join: JoinState | undefined
  readonly joinTail: number
}

/** Longest tail of updates a join is answered with before the room encodes itself afresh. */
const MAX_JOIN_TAIL = 200
const MAX_JOIN_TAIL_BYTES = 1024 * 1024

/**
 * What the other connections are sent once an update is stored and applied:
 * - `asReceived`: the update's own bytes. For a client's incremental update,
 *   which is already exactly the change; this spares Yjs encoding it again.
 * - `changesOnly`: only what the update added to the room. For a reconnecting
 *   client's state or an import, which may repeat much of what the room has.
 */
export type Relay = 'asReceived' | 'changesOnly'

/** A loaded room; created and unloaded by the RoomRegistry. */
export class Room {
  readonly name: string
  private currentDoc = new Y.Doc()
  /** The document's snapshot, kept as transactions apply (acks and join checks read it). */
  private tracker = new SnapshotTracker(this.currentDoc)
  // Presence has a document of its own: the room's document is rebuilt after a refused update.
  readonly awareness = new Awareness(new Y.Doc())
  private readonly connections = new Map<RoomConnection, ConnectionState>()
  private storedBytes = 0
  private quarantined: readonly QuarantinedUpdate[] = []
  private readonly queue = new TaskQueue()
  private lastAppliedId = 0
  private unsavedUpdates = 0
  /** Bytes stored since the last compaction, and the size of that compaction's snapshot. */
  private unsavedBytes = 0
  private snapshotBytes = 0
  private compactTimer: NodeJS.Timeout | undefined
  private readonly awaitingAck = new Set<RoomConnection>()
  private ackTimer: NodeJS.Timeout | undefined
  /** The id up to which stored rows were last replaced by a snapshot. */
  private compactedUpTo = 0
  /** The compaction running off the loop, if any. */
  private compacting: Promise<void> | undefined
  /** What a client with nothing is sent on joining; see JoinState. */
  private joinState: JoinState | undefined
  /** The encoded ack for the document as it is now; dropped on every change. */
  private currentAck: Uint8Array | undefined
  private closed = false

  constructor(private readonly deps: RoomDeps) {
    this.name = deps.name
    this.awareness.setLocalState(null)
    this.awareness.on('update', this.handleAwarenessUpdate)
    void this.queue.run(() => this.load())
  }

  /** The room's document; replaced when it is rebuilt from storage, so read it inside `exclusive`. */
  get doc(): Y.Doc {
    return this.currentDoc
  }

  /** The room's activity log and versions, when the server keeps them. */
  get record(): RoomRecord | undefined {
    return this.deps.record
  }

  /** Stored rows set aside when the room was loaded; non-empty means the room is damaged. */
  get damage(): readonly QuarantinedUpdate[] {
    return this.quarantined
  }

  /** Number of open connections. */
  get connectionCount(): number {
    return this.connections.size
  }

  /** True once the room was discarded or unloaded; it accepts nothing more. */
  get isClosed(): boolean {
    return this.closed
  }

  /** Adds a connection; it gets the server's sync step 1 once the stored document is loaded. */
  join(connection: RoomConnection): void {
    if (this.closed) {
      connection.close(CloseCode.roomReset, 'room reset')
      return
    }
    this.connections.set(connection, {
      clients: new Set(),
      lastSyncAnswerAt: 0,
      deferredStateVector: undefined
    })
    void this.queue.run(() => this.greet(connection))
  }

  /** Removes a connection and the awareness states it controlled. */
  leave(connection: RoomConnection): void {
    const state = this.connections.get(connection)
    if (!state) return
    this.connections.delete(connection)
    const clients = [...state.clients]
    if (!this.closed && clients.length > 0) removeAwarenessStates(this.awareness, clients, null)
  }

  /** Handles one decoded message, in arrival order, after the room has loaded. */
  receive(connection: RoomConnection, message: ClientMessage): Promise<void> {
    return this.queue.run(() => this.handleMessage(connection, message))
  }

  /** Runs `task` in the room's write order (after loading and earlier writes). */
  exclusive<T>(task: () => T | Promise<T>): Promise<T> {
    return this.queue.run(task)
  }

  /**
   * Applies an update, stores it, then relays it to every connection but
   * `origin`. An update that does not apply completely is refused and never
   * stored; the document is rebuilt from storage if it may hold part of it,
   * or if storing fails. Nothing is relayed before it is stored. Call only
   * inside `exclusive`.
   */
  async storeAndApply(
    update: Uint8Array,
    origin: unknown,
    relay: Relay = 'changesOnly',
    activity: readonly NewActivity[] = []
  ): Promise<WriteOutcome> {
    if (this.closed) return 'discarded'
    if (!this.fits(update.length) && !(await this.fitsAfterCompacting(update.length))) {
      return 'overQuota'
    }
    const applied = applyGuarded(this.currentDoc, update, origin, relay === 'changesOnly')
    if (applied.kind === 'refused') {
      this.deps.logger.warn('refusing an update that does not apply', {
        room: this.name,
        reason: applied.reason,
        bytes: update.length
      })
      if (applied.dirty) await this.rebuild()
      return applied.reason
    }
    return this.commit([update], applied.changes, origin, activity)
  }

  /**
   * Runs `work` on the room's document in slices, as one write: the updates
   * of its transactions are stored together (all or none), then relayed to
   * every connection. Until they are stored nobody can see them: call only
   * inside `exclusive`, which holds every reader and writer back. If the work
   * throws, or the updates cannot be stored, the document is rebuilt from
   * storage and nothing of them remains.
   */
  async writeInSteps<T>(
    work: (doc: Y.Doc) => Generator<void, T>,
    origin: unknown,
    activity: (result: T) => readonly NewActivity[] = () => []
  ): Promise<{ readonly result: T; readonly outcome: WriteOutcome }> {
    if (this.closed) throw new Error('room is closed')
    const doc = this.currentDoc
    // Each slice's transaction is encoded as it ends; one difference taken at the end would
    // walk the whole room on the loop (Yjs rebuilds the room's delete set for it).
    const changes: Uint8Array[] = []
    const collect = (change: Uint8Array, changeOrigin: unknown): void => {
      if (changeOrigin === origin) changes.push(change)
    }
    doc.on('update', collect)
    let result: T
    try {
      result = await runInSlices(work(doc))
    } catch (error) {
      await this.rebuild()
      throw error
    } finally {
      doc.off('update', collect)
    }
    if (changes.length === 0) return { result, outcome: 'applied' }
    if (this.closed) return { result, outcome: 'discarded' }
    if (!this.fits(changes.reduce((sum, change) => sum + change.length, 0))) {
      await this.rebuild()
      return { result, outcome: 'overQuota' }
    }
    return { result, outcome: await this.commit(changes, changes, origin, activity(result)) }
  }

  /**
   * Stores updates already applied to the document (all or none), then relays
   * `relayed` to every connection but `origin`. If storing fails, the document
   * is rebuilt from storage, so it never holds what is not stored.
   */
  private async commit(
    stored: readonly Uint8Array[],
    relayed: readonly Uint8Array[],
    origin: unknown,
    activity: readonly NewActivity[]
  ): Promise<WriteOutcome> {
    let ids: number[]
    try {
      // One update, the hot path, is stored without a transaction of its own.
      const [only] = stored
      ids =
        stored.length === 1 && only
          ? [await this.deps.storage.appendUpdate(this.name, only, activity)]
          : await this.deps.storage.appendUpdates(this.name, stored, activity)
    } catch (error) {
      this.deps.logger.error('storing an update failed', { room: this.name, error })
      await this.rebuild()
      return 'storeFailed'
    }
    this.lastAppliedId = ids.at(-1) ?? this.lastAppliedId
    this.storedBytes += byteLength(stored)
    const join = this.joinState
    if (join) {
      join.since.push(...stored)
      join.bytes += byteLength(stored)
      if (join.since.length > MAX_JOIN_TAIL || join.bytes > MAX_JOIN_TAIL_BYTES) {
        this.joinState = undefined
      }
    }
    this.currentAck = undefined
    for (const update of relayed) this.broadcast(encodeUpdate(update), origin)
    for (const update of stored) this.noteStoredUpdate(update.length)
    return 'applied'
  }

  /** Compacts now (after queued writes) if anything was stored since the last compaction. */
  flush(): Promise<void> {
    const { compactRows } = this.deps
    if (!compactRows) return this.queue.run(() => this.compact())
    return this.compactOffLoop(compactRows)
  }

  /**
   * Compacts with the snapshot encoded elsewhere: the rows are taken in the room's order, the
   * snapshot is made while the room goes on storing and relaying, and the rows it covers are
   * replaced in the room's order again (later rows stay, see RoomStorage.compact).
   */
  private async compactOffLoop(
    compactRows: (rows: readonly Uint8Array[]) => Promise<Uint8Array>
  ): Promise<void> {
    // One at a time; a flush asked for meanwhile also covers what was stored since.
    if (this.compacting) return this.compacting.then(() => this.flush())
    const run = async (): Promise<void> => {
      const taken = await this.queue.run(() => this.takeRowsForCompaction())
      if (!taken) return
      let snapshot: Uint8Array
      try {
        snapshot = await compactRows(taken.rows)
      } catch (error) {
        this.deps.logger.warn('compacting a room in the worker failed; compacting here', {
          room: this.name,
          error
        })
        return this.queue.run(() => {
          this.unsavedUpdates += taken.updates
          this.unsavedBytes += taken.bytes
          return this.compact()
        })
      }
      await this.queue.run(() => this.finishCompaction(snapshot, taken))
    }
    this.compacting = run().finally(() => {
      this.compacting = undefined
      // Writes that came in while it ran may have made the next one due.
      this.scheduleCompactionIfDue()
    })
    return this.compacting
  }

  /** The rows to compact now, from memory when the room keeps them for joins; in the room's order. */
  private async takeRowsForCompaction(): Promise<TakenRows | undefined> {
    if (this.closed || this.unsavedUpdates === 0 || this.lastAppliedId === 0) return undefined
    const join = this.joinState
    const rows = join
      ? [join.full, ...join.since]
      : (await this.deps.storage.loadUpdates(this.name)).map((row) => row.update)
    const taken: TakenRows = {
      rows,
      upToId: this.lastAppliedId,
      updates: this.unsavedUpdates,
      bytes: this.unsavedBytes,
      storedBytes: this.storedBytes,
      join,
      joinTail: join?.since.length ?? 0
    }
    this.unsavedUpdates = 0
    this.unsavedBytes = 0
    return taken
  }

  private async finishCompaction(snapshot: Uint8Array, taken: TakenRows): Promise<void> {
    // A compaction here meanwhile (a room over its quota compacts at once) covered these rows.
    if (this.closed || this.compactedUpTo >= taken.upToId) return
    try {
      await this.deps.storage.compact(this.name, snapshot, taken.upToId)
      this.compactedUpTo = taken.upToId
    } catch (error) {
      this.unsavedUpdates += taken.updates
      this.unsavedBytes += taken.bytes
      this.deps.logger.warn('compacting a room failed', { room: this.name, error })
      return
    }
    // What was stored while the snapshot was made stays, after it.
    this.storedBytes = snapshot.length + (this.storedBytes - taken.storedBytes)
    this.snapshotBytes = snapshot.length
    const join = this.joinState
    if (join && join === taken.join) {
      this.joinState = {
        full: snapshot,
        since: join.since.slice(taken.joinTail),
        bytes: byteLength(join.since.slice(taken.joinTail))
      }
    }
  }

  /** After queued writes, closes every connection with `code`, compacts and releases the document. */
  async unload(code: CloseCodeValue = CloseCode.goingAway): Promise<void> {
    await this.queue.run(() => this.closeConnections(code, 'server closing'))
    await this.flush()
    this.shutDown()
  }

  private async load(): Promise<void> {
    await this.deps.previousWrites
    let read: ReadRoom
    try {
      read = await this.readStored()
      this.quarantined = await this.deps.storage.listQuarantined(this.name)
    } catch (error) {
      this.deps.logger.error('loading a room failed', { room: this.name, error })
      this.discard(CloseCode.serverError, 'room could not be loaded')
      return
    }
    this.install(read)
    if (read.rows > 1) this.unsavedUpdates = read.rows
    // Many rows make every later load slow: compact them now, once, in the room's order.
    if (read.rows > this.deps.limits.compactAfterUpdates) void this.flush().catch(() => undefined)
    if (this.quarantined.length > 0) {
      this.deps.logger.error('room is damaged: stored rows were set aside', {
        room: this.name,
        rows: this.quarantined.map(({ id, reason, bytes }) => ({ id, reason, bytes }))
      })
    }
  }

  /**
   * Reads every stored row into a new document. A row that throws is moved to
   * quarantine and the document is read again without it, so nothing of it
   * stays half-applied.
   */
  private async readStored(): Promise<ReadRoom> {
    let rows = await this.deps.storage.loadUpdates(this.name)
    for (;;) {
      const doc = new Y.Doc()
      const failed = applyRows(doc, rows, this)
      if (failed === undefined) {
        if (hasPending(doc)) {
          this.deps.logger.warn('stored updates wait for changes that were never stored', {
            room: this.name
          })
        }
        const bytes = rows.reduce((sum, row) => sum + row.update.length, 0)
        const updates = rows.length <= MAX_JOIN_TAIL ? rows.map((row) => row.update) : undefined
        return { doc, lastId: rows.at(-1)?.id ?? 0, bytes, rows: rows.length, updates }
      }
      doc.destroy()
      this.deps.logger.error('setting aside a stored update that does not apply', {
        room: this.name,
        id: failed.id
      })
      await this.deps.storage.quarantine(this.name, failed.id, 'does not apply')
      rows = rows.filter((row) => row !== failed)
    }
  }

  /** Makes `read` the room's document. */
  private install(read: ReadRoom): void {
    this.tracker.destroy()
    this.currentDoc.destroy()
    this.currentDoc = read.doc
    this.tracker = new SnapshotTracker(read.doc)
    const [full, ...since] = read.updates ?? []
    this.joinState = full ? { full, since, bytes: byteLength(since) } : undefined
    this.snapshotBytes = full?.length ?? 0
    this.lastAppliedId = read.lastId
    this.storedBytes = read.bytes
    this.currentAck = undefined
  }

  /**
   * Replaces the document by what storage holds, after a refused or unstored
   * update may have left part of itself in memory. Connections stay: nothing
   * of that update was ever sent to them.
   */
  private async rebuild(): Promise<void> {
    try {
      this.install(await this.readStored())
    } catch (error) {
      this.deps.logger.error('rebuilding a room from storage failed', { room: this.name, error })
      this.discard(CloseCode.serverError, 'room could not be reloaded')
    }
  }

  /** True when `bytes` more fit the room's stored-size quota. */
  private fits(bytes: number): boolean {
    return this.storedBytes + bytes <= this.deps.limits.maxRoomBytes
  }

  /** Like `fits`, after compacting when uncompacted rows may be what fills the room. */
  private async fitsAfterCompacting(bytes: number): Promise<boolean> {
    if (this.unsavedUpdates > 0) await this.compact()
    return this.fits(bytes)
  }

  private greet(connection: RoomConnection): void {
    if (!this.connections.has(connection)) return
    connection.send(encodeSyncStep1(this.currentDoc))
    const clients = [...this.awareness.getStates().keys()]
    if (clients.length > 0) connection.send(encodeAwareness(this.awareness, clients))
    if (connection.wantsAcks && this.quarantined.length > 0) {
      connection.send(encodeRoomDamage(this.quarantined))
    }
  }

  /**
   * Answers a sync request, at most once per syncAnswerIntervalMs for each
   * connection: each answer encodes the room, so a flood of requests costs one
   * encoding per interval, answered with the newest state vector.
   */
  private answerSyncRequest(connection: RoomConnection, stateVector: Uint8Array): void {
    const state = this.connections.get(connection)
    if (!state) return
    const wait = state.lastSyncAnswerAt + this.deps.limits.syncAnswerIntervalMs - Date.now()
    if (wait > 0) {
      const scheduled = state.deferredStateVector !== undefined
      state.deferredStateVector = stateVector
      if (scheduled) return
      const timer = setTimeout(() => {
        void this.queue.run(() => {
          const deferred = state.deferredStateVector
          state.deferredStateVector = undefined
          if (deferred && !this.closed) this.answerSyncRequest(connection, deferred)
        })
      }, wait)
      timer.unref()
      return
    }
    state.lastSyncAnswerAt = Date.now()
    if (Y.decodeStateVector(stateVector).size > 0) {
      connection.send(encodeSyncStep2(this.currentDoc, stateVector))
      return
    }
    // A client with nothing gets the room without the document being encoded (see JoinState).
    const join = (this.joinState ??= {
      full: Y.encodeStateAsUpdate(this.currentDoc),
      since: [],
      bytes: 0
    })
    // The tail goes first: the client keeps it pending until the full encoding arrives in
    // sync step 2, so that once it counts as synced it holds the whole room.
    for (const update of join.since) connection.send(encodeUpdate(update))
    connection.send(encodeSyncStep2Update(join.full))
  }

  private async handleMessage(connection: RoomConnection, message: ClientMessage): Promise<void> {
    if (this.closed) return
    // Edits that arrived before their socket closed are still stored; awareness
    // from a departed connection is not, as nobody would ever remove it.
    if (!this.connections.has(connection) && message.kind === 'awareness') return
    switch (message.kind) {
      case 'syncStep1':
        return this.answerSyncRequest(connection, message.stateVector)
      case 'syncStep2':
        // A reconnecting client re-sends its whole delete set; storing what the
        // room already has would only grow the log. Incremental updates skip
        // this check: it walks the whole document.
        if (Y.snapshotContainsUpdate(this.tracker.snapshot(), message.update)) {
          return this.scheduleAck(connection)
        }
        return this.write(connection, message.update, 'changesOnly')
      case 'update':
        return this.write(connection, message.update, 'asReceived')
      case 'ping':
        if (connection.wantsAcks) connection.send(this.ack())
        return
      case 'awareness': {
        const gate = this.deps.gate
        const update = gate
          ? await gate.admitAwareness(connection.grant, message.update)
          : message.update
        if (update && this.connections.has(connection)) {
          applyAwarenessUpdate(this.awareness, update, connection)
        }
        return
      }
      case 'queryAwareness':
        connection.send(encodeAwareness(this.awareness, [...this.awareness.getStates().keys()]))
        return
    }
  }

  private async write(connection: RoomConnection, update: Uint8Array, relay: Relay): Promise<void> {
    const { gate, record } = this.deps
    let described: UpdateChanges | undefined
    if (gate || record) {
      try {
        described = describeUpdate(this.currentDoc, update)
      } catch {
        connection.refused?.('throws')
        return connection.close(CloseCode.malformedMessage, 'update does not decode')
      }
    }
    const refusal =
      gate && described
        ? await gate.admitUpdate(connection.grant, described, this.currentDoc)
        : undefined
    if (refusal !== undefined) {
      this.deps.logger.warn('refusing an update the sender may not make', {
        room: this.name,
        member: connection.grant?.member.id,
        reason: refusal.reason
      })
      // Nothing of it is stored or relayed; the connection stays, as the rest of its work may be fine.
      connection.send(encodeUpdateRefused(refusal))
      return
    }
    const actor = this.actorOf(connection)
    const activity = record && described ? record.activityOf(described.changes, actor) : []
    if (record && described)
      await this.recordSafely(() => record.beforeApply(this.currentDoc, described.changes, actor))
    const outcome = await this.storeAndApply(update, connection, relay, activity)
    switch (outcome) {
      case 'applied':
        if (record && described) {
          await this.recordSafely(() => record.afterApply(this.currentDoc, described.changes))
        }
        return this.scheduleAck(connection)
      case 'throws':
        connection.refused?.('throws')
        return connection.close(CloseCode.malformedMessage, 'update does not apply')
      case 'missing':
        return connection.close(
          CloseCode.malformedMessage,
          'update depends on changes the server does not have'
        )
      case 'overQuota':
        return connection.close(
          CloseCode.policyViolation,
          `room is full: stored size limit ${formatBytes(this.deps.limits.maxRoomBytes)}`
        )
      case 'storeFailed':
        return connection.close(CloseCode.serverError, 'update could not be stored')
      case 'discarded':
        return
    }
  }

  /**
   * Who sent what a connection sends: the member on a team server; on an open server the name
   * its presence gives (nobody signs in there), else UNKNOWN_REVIEWER.
   */
  private actorOf(connection: RoomConnection): string {
    if (connection.grant) return connection.grant.member.name
    for (const client of this.connections.get(connection)?.clients ?? []) {
      const state = this.awareness.getStates().get(client) as
        { user?: { name?: unknown } } | undefined
      const name = state?.user?.name
      if (typeof name === 'string' && name.trim() !== '') return name.trim().slice(0, 80)
    }
    return UNKNOWN_REVIEWER
  }

  /** Versions are a safety net: failing to take one must not refuse the reviewer's edit. */
  private async recordSafely(work: () => Promise<void>): Promise<void> {
    try {
      await work()
    } catch (error) {
      this.deps.logger.error('keeping a version failed', { room: this.name, error })
    }
  }

  /** Acknowledges to an opted-in connection shortly, in the room's order, after what it sent. */
  private scheduleAck(connection: RoomConnection): void {
    if (!connection.wantsAcks) return
    this.awaitingAck.add(connection)
    if (this.ackTimer) return
    this.ackTimer = setTimeout(() => {
      this.ackTimer = undefined
      this.queue.run(() => this.sendAcks()).catch(() => undefined)
    }, ACK_DELAY_MS)
    this.ackTimer.unref()
  }

  private sendAcks(): void {
    const waiting = [...this.awaitingAck]
    this.awaitingAck.clear()
    if (this.closed) return
    for (const connection of waiting) {
      if (this.connections.has(connection)) connection.send(this.ack())
    }
  }

  /** Everything applied is stored (store comes first), so the document's snapshot is the ack. */
  private ack(): Uint8Array {
    this.currentAck ??= encodeAck(this.tracker.snapshot())
    return this.currentAck
  }

  private broadcast(message: Uint8Array, origin: unknown): void {
    for (const connection of this.connections.keys()) {
      if (connection !== origin) connection.send(message)
    }
  }

  private readonly handleAwarenessUpdate = (
    changes: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown
  ): void => {
    const controlled = this.connections.get(origin as RoomConnection)?.clients
    if (controlled) {
      for (const client of changes.added) controlled.add(client)
      for (const client of changes.removed) controlled.delete(client)
    }
    const changed = [...changes.added, ...changes.updated, ...changes.removed]
    const message = encodeAwareness(this.awareness, changed)
    for (const connection of this.connections.keys()) connection.send(message)
  }

  /**
   * Counts a stored update towards the next compaction. A compaction encodes the whole room,
   * so it waits until the updates since the last one are worth it: `compactAfterUpdates` of
   * them and a quarter of the room's size in bytes (in a big room, a few hundred keystrokes
   * are not), or twenty times as many updates whatever their size, so loads stay quick.
   */
  private noteStoredUpdate(bytes: number): void {
    this.unsavedUpdates += 1
    this.unsavedBytes += bytes
    this.scheduleCompactionIfDue()
  }

  private scheduleCompactionIfDue(): void {
    const { compactAfterUpdates } = this.deps.limits
    const due =
      this.unsavedUpdates >= compactAfterUpdates &&
      (this.unsavedBytes * 4 >= this.snapshotBytes ||
        this.unsavedUpdates >= 20 * compactAfterUpdates)
    if (!due || this.compactTimer || this.compacting || this.closed) return
    this.compactTimer = setTimeout(() => {
      this.compactTimer = undefined
      this.flush().catch(() => undefined)
    }, this.deps.limits.compactDelayMs)
    this.compactTimer.unref()
  }

  private async compact(): Promise<void> {
    if (this.closed || this.unsavedUpdates === 0 || this.lastAppliedId === 0) return
    const snapshot = Y.encodeStateAsUpdate(this.currentDoc)
    const upToId = this.lastAppliedId
    const unsaved = this.unsavedUpdates
    const unsavedBytes = this.unsavedBytes
    this.unsavedUpdates = 0
    this.unsavedBytes = 0
    try {
      await this.deps.storage.compact(this.name, snapshot, upToId)
      this.compactedUpTo = upToId
      // Compaction runs inside the room's queue, so no row was stored after upToId meanwhile.
      this.storedBytes = snapshot.length
      this.snapshotBytes = snapshot.length
      this.joinState = { full: snapshot, since: [], bytes: 0 }
    } catch (error) {
      this.unsavedUpdates = unsaved
      this.unsavedBytes = unsavedBytes
      // The uncompacted updates are still stored; nothing is lost.
      this.deps.logger.warn('compacting a room failed', { room: this.name, error })
    }
  }

  /**
   * Drops the in-memory document (it may be corrupt) and closes every
   * connection; clients resync from storage, and their own docs keep their data.
   */
  private discard(code: CloseCodeValue, reason: string): void {
    this.closeConnections(code, reason)
    this.shutDown()
    this.deps.onDiscard(this, Promise.resolve())
  }

  private closeConnections(code: CloseCodeValue, reason: string): void {
    const connections = [...this.connections.keys()]
    this.connections.clear()
    for (const connection of connections) connection.close(code, reason)
  }

  private shutDown(): void {
    if (this.closed) return
    this.closed = true
    clearTimeout(this.compactTimer)
    clearTimeout(this.ackTimer)
    this.awaitingAck.clear()
    this.awareness.destroy()
    this.tracker.destroy()
    this.currentDoc.destroy()
  }
}

/**
 * Applies stored rows in one transaction (loading is the room's hottest
 * path); returns the first row that throws, after which the document is
 * suspect and must be thrown away.
 */
function applyRows(
  doc: Y.Doc,
  rows: readonly StoredUpdate[],
  origin: unknown
): StoredUpdate | undefined {
  let current: StoredUpdate | undefined
  try {
    Y.transact(
      doc,
      () => {
        for (const row of rows) {
          current = row
          Y.applyUpdate(doc, row.update, origin)
        }
      },
      origin
    )
  } catch {
    return current
  }
  return undefined
}

function byteLength(updates: readonly Uint8Array[]): number {
  return updates.reduce((sum, update) => sum + update.length, 0)
}

/** A byte count as people read it: "64 MiB". */
export function formatBytes(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`
  if (bytes % 1024 === 0) return `${bytes / 1024} KiB`
  return `${bytes} bytes`
}
