/** Loads rooms on first use, counts who holds them, and unloads idle ones. */
import type { Limits } from './limits'
import type { Logger } from './logger'
import type { RoomGate } from './accounts/room-gate'
import type { RoomRecord } from './record/room-record'
import { Room } from './room'
import type { RoomStorage } from './storage/room-storage'

/** The registry's collaborators. */
export interface RoomRegistryDeps {
  readonly storage: RoomStorage
  readonly logger: Logger
  readonly limits: Limits
  /** On a team server: the gate for each room's updates and presence. */
  readonly gateFor?: (room: string) => RoomGate
  /** Encodes compactions off the event loop (see RoomDeps.compactRows). */
  readonly compactRows?: (rows: readonly Uint8Array[]) => Promise<Uint8Array>
  /** Each room's activity log and versions. */
  readonly recordFor?: (room: string) => RoomRecord
}

/** All loaded rooms of one server. */
export class RoomRegistry {
  private readonly rooms = new Map<string, Room>()
  private readonly holds = new Map<Room, number>()
  private readonly idleTimers = new Map<Room, NodeJS.Timeout>()
  /** Writes still running for rooms that left the registry, by name; a reload waits for them. */
  private readonly pendingWrites = new Map<string, Promise<void>>()

  constructor(private readonly deps: RoomRegistryDeps) {}

  /** Number of loaded rooms. */
  get size(): number {
    return this.rooms.size
  }

  /** The room named `name`, loading it if needed; pair every call with `release`. */
  acquire(name: string): Room {
    let room = this.rooms.get(name)
    if (!room) {
      room = new Room({
        ...this.deps,
        name,
        gate: this.deps.gateFor?.(name),
        record: this.deps.recordFor?.(name),
        previousWrites: this.pendingWrites.get(name) ?? Promise.resolve(),
        onDiscard: (discarded, settled) => this.forget(discarded, settled)
      })
      this.rooms.set(name, room)
    }
    this.holds.set(room, (this.holds.get(room) ?? 0) + 1)
    clearTimeout(this.idleTimers.get(room))
    this.idleTimers.delete(room)
    return room
  }

  /** Gives back a room from `acquire`; the last release starts the idle timer. */
  release(room: Room): void {
    const count = (this.holds.get(room) ?? 0) - 1
    if (count > 0) {
      this.holds.set(room, count)
      return
    }
    this.holds.delete(room)
    if (this.rooms.get(room.name) !== room) return
    const timer = setTimeout(() => this.unloadIdle(room), this.deps.limits.idleUnloadMs)
    timer.unref()
    this.idleTimers.set(room, timer)
  }

  /** Unloads every room (closing its sockets with 1001) and waits for all writes. */
  async closeAll(): Promise<void> {
    for (const timer of this.idleTimers.values()) clearTimeout(timer)
    this.idleTimers.clear()
    const rooms = [...this.rooms.values()]
    for (const room of rooms) this.forget(room, room.unload())
    await Promise.all(this.pendingWrites.values())
  }

  private unloadIdle(room: Room): void {
    this.idleTimers.delete(room)
    if (this.holds.has(room) || this.rooms.get(room.name) !== room) return
    this.forget(room, room.unload())
  }

  /** Takes a room out of the registry; a later load of the name waits for `settled`. */
  private forget(room: Room, settled: Promise<void>): void {
    if (this.rooms.get(room.name) === room) this.rooms.delete(room.name)
    const previous = this.pendingWrites.get(room.name) ?? Promise.resolve()
    const writes = Promise.all([previous, settled]).then(
      () => undefined,
      (error: unknown) =>
        this.deps.logger.error('unloading a room failed', { room: room.name, error })
    )
    this.pendingWrites.set(room.name, writes)
    void writes.then(() => {
      if (this.pendingWrites.get(room.name) === writes) this.pendingWrites.delete(room.name)
    })
  }
}
