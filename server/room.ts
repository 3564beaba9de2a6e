/**
 * One loaded room: its Yjs document, awareness and connections. Every write
 * goes store -> apply -> broadcast through one queue, so the stored log and
 * the in-memory document never disagree about what was applied.
 */
import { Awareness, applyAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { CloseCode } from '../src/core/close-codes'
import type { CloseCodeValue } from '../src/core/close-codes'
import type { Limits } from './limits'
import type { Logger } from './logger'
import type { ClientMessage } from './protocol'
import {
  encodeAck,
  encodeAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate
} from './protocol'
import type { RoomStorage } from './storage/room-storage'
import { TaskQueue } from './task-queue'

/** What a room needs from one client connection. */
export interface RoomConnection {
  /** True when the client opted in to acknowledgements (see src/core/sync-extensions.ts). */
  readonly wantsAcks?: boolean
  send(message: Uint8Array): void
  close(code: CloseCodeValue, reason: string): void
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
}

/** Acks due within this window go out together, so a burst of keystrokes costs one snapshot. */
const ACK_DELAY_MS = 20

/** Outcome of storing and applying one update. */
export type WriteOutcome = 'applied' | 'storeFailed' | 'discarded'

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
  readonly doc = new Y.Doc()
  readonly awareness = new Awareness(this.doc)
  private readonly connections = new Map<RoomConnection, Set<number>>()
  private readonly queue = new TaskQueue()
  private lastAppliedId = 0
  private unsavedUpdates = 0
  private compactTimer: NodeJS.Timeout | undefined
  private readonly awaitingAck = new Set<RoomConnection>()
  private ackTimer: NodeJS.Timeout | undefined
  /** The encoded ack for the document as it is now; dropped on every change. */
  private currentAck: Uint8Array | undefined
  private closed = false

  constructor(private readonly deps: RoomDeps) {
    this.name = deps.name
    this.awareness.setLocalState(null)
    this.awareness.on('update', this.handleAwarenessUpdate)
    void this.queue.run(() => this.load())
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
    this.connections.set(connection, new Set())
    void this.queue.run(() => this.greet(connection))
  }

  /** Removes a connection and the awareness states it controlled. */
  leave(connection: RoomConnection): void {
    const clients = this.connections.get(connection)
    if (!clients) return
    this.connections.delete(connection)
    if (!this.closed && clients.size > 0) removeAwarenessStates(this.awareness, [...clients], null)
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
   * Stores an update, then applies it and relays it to every connection but
   * `origin`. Nothing is relayed of an update that fails to apply. Call only
   * inside `exclusive`.
   */
  async storeAndApply(
    update: Uint8Array,
    origin: unknown,
    relay: Relay = 'changesOnly'
  ): Promise<WriteOutcome> {
    if (this.closed) return 'discarded'
    let id: number
    try {
      id = await this.deps.storage.appendUpdate(this.name, update)
    } catch (error) {
      this.deps.logger.error('storing an update failed', { room: this.name, error })
      return 'storeFailed'
    }
    let changes: readonly Uint8Array[]
    try {
      changes =
        relay === 'asReceived' ? this.apply(update, origin) : this.applyCollecting(update, origin)
    } catch (error) {
      this.deps.logger.error('applying a stored update failed; resetting room', {
        room: this.name,
        error
      })
      this.discard(CloseCode.roomReset, 'room reset', id)
      return 'discarded'
    }
    this.lastAppliedId = id
    this.currentAck = undefined
    for (const change of changes) this.broadcast(encodeUpdate(change), origin)
    this.noteStoredUpdate()
    return 'applied'
  }

  /** Compacts now (after queued writes) if anything was stored since the last compaction. */
  flush(): Promise<void> {
    return this.queue.run(() => this.compact())
  }

  /** After queued writes, closes every connection with `code`, compacts and releases the document. */
  async unload(code: CloseCodeValue = CloseCode.goingAway): Promise<void> {
    await this.queue.run(() => this.closeConnections(code, 'server closing'))
    await this.flush()
    this.shutDown()
  }

  private async load(): Promise<void> {
    await this.deps.previousWrites
    let stored
    try {
      stored = await this.deps.storage.loadUpdates(this.name)
    } catch (error) {
      this.deps.logger.error('loading a room failed', { room: this.name, error })
      this.discard(CloseCode.serverError, 'room could not be loaded')
      return
    }
    Y.transact(this.doc, () => {
      for (const { id, update } of stored) {
        try {
          Y.applyUpdate(this.doc, update, this)
        } catch (error) {
          this.deps.logger.error('skipping a stored update that does not apply', {
            room: this.name,
            id,
            error
          })
        }
        this.lastAppliedId = Math.max(this.lastAppliedId, id)
      }
    })
    if (stored.length > 1) this.unsavedUpdates = stored.length
  }

  /** Applies `update`; the change to relay is the update itself. */
  private apply(update: Uint8Array, origin: unknown): readonly Uint8Array[] {
    Y.applyUpdate(this.doc, update, origin)
    return [update]
  }

  /** Applies `update`; the changes to relay are what Yjs reports as new. */
  private applyCollecting(update: Uint8Array, origin: unknown): readonly Uint8Array[] {
    const changes: Uint8Array[] = []
    const collect = (change: Uint8Array): void => {
      changes.push(change)
    }
    this.doc.on('update', collect)
    try {
      Y.applyUpdate(this.doc, update, origin)
    } finally {
      this.doc.off('update', collect)
    }
    return changes
  }

  private greet(connection: RoomConnection): void {
    if (!this.connections.has(connection)) return
    connection.send(encodeSyncStep1(this.doc))
    const clients = [...this.awareness.getStates().keys()]
    if (clients.length > 0) connection.send(encodeAwareness(this.awareness, clients))
  }

  private async handleMessage(connection: RoomConnection, message: ClientMessage): Promise<void> {
    if (this.closed) return
    // Edits that arrived before their socket closed are still stored; awareness
    // from a departed connection is not, as nobody would ever remove it.
    if (!this.connections.has(connection) && message.kind === 'awareness') return
    switch (message.kind) {
      case 'syncStep1':
        connection.send(encodeSyncStep2(this.doc, message.stateVector))
        return
      case 'syncStep2':
        // A reconnecting client re-sends its whole delete set; storing what the
        // room already has would only grow the log. Incremental updates skip
        // this check: it walks the whole document.
        if (Y.snapshotContainsUpdate(Y.snapshot(this.doc), message.update)) {
          return this.scheduleAck(connection)
        }
        return this.write(connection, message.update, 'changesOnly')
      case 'update':
        return this.write(connection, message.update, 'asReceived')
      case 'ping':
        if (connection.wantsAcks) connection.send(this.ack())
        return
      case 'awareness':
        applyAwarenessUpdate(this.awareness, message.update, connection)
        return
      case 'queryAwareness':
        connection.send(encodeAwareness(this.awareness, [...this.awareness.getStates().keys()]))
        return
    }
  }

  private async write(connection: RoomConnection, update: Uint8Array, relay: Relay): Promise<void> {
    const outcome = await this.storeAndApply(update, connection, relay)
    if (outcome === 'storeFailed') {
      connection.close(CloseCode.serverError, 'update could not be stored')
    } else if (outcome === 'applied') {
      this.scheduleAck(connection)
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
    this.currentAck ??= encodeAck(this.doc)
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
    const controlled = this.connections.get(origin as RoomConnection)
    if (controlled) {
      for (const client of changes.added) controlled.add(client)
      for (const client of changes.removed) controlled.delete(client)
    }
    const changed = [...changes.added, ...changes.updated, ...changes.removed]
    const message = encodeAwareness(this.awareness, changed)
    for (const connection of this.connections.keys()) connection.send(message)
  }

  private noteStoredUpdate(): void {
    this.unsavedUpdates += 1
    if (this.unsavedUpdates < this.deps.limits.compactAfterUpdates || this.compactTimer) return
    this.compactTimer = setTimeout(() => {
      this.compactTimer = undefined
      this.flush().catch(() => undefined)
    }, this.deps.limits.compactDelayMs)
    this.compactTimer.unref()
  }

  private async compact(): Promise<void> {
    if (this.closed || this.unsavedUpdates === 0 || this.lastAppliedId === 0) return
    const snapshot = Y.encodeStateAsUpdate(this.doc)
    const upToId = this.lastAppliedId
    this.unsavedUpdates = 0
    try {
      await this.deps.storage.compact(this.name, snapshot, upToId)
    } catch (error) {
      // The uncompacted updates are still stored; nothing is lost.
      this.deps.logger.warn('compacting a room failed', { room: this.name, error })
    }
  }

  /**
   * Drops the in-memory document (it may be corrupt) and closes every
   * connection; clients resync from storage, and their own docs keep their data.
   */
  private discard(code: CloseCodeValue, reason: string, badUpdateId?: number): void {
    this.closeConnections(code, reason)
    this.shutDown()
    const settled =
      badUpdateId === undefined
        ? Promise.resolve()
        : this.deps.storage.removeUpdate(this.name, badUpdateId).catch((error: unknown) => {
            this.deps.logger.error('removing an unappliable update failed', {
              room: this.name,
              error
            })
          })
    this.deps.onDiscard(this, settled)
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
    this.doc.destroy()
  }
}
