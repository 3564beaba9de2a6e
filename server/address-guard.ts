/**
 * Limits per network address: open connections, rooms opened per minute, and
 * a back-off for addresses that keep sending updates that do not apply. Each
 * refusal names the limit and its value, for the HTTP answer.
 */
import type { Limits } from './limits'

/** A refusal: the HTTP status and a one-line reason naming the limit. */
export interface AddressRefusal {
  readonly status: 429
  readonly reason: string
  /** Seconds after which the address may try again. */
  readonly retryAfterSeconds: number
}

/** Offences are forgotten after this long without another. */
const OFFENCE_MEMORY_MS = 10 * 60_000
/** The longest an offender is refused. */
const MAX_BACKOFF_MS = 5 * 60_000
/** Forgotten addresses are swept from the maps this often (in checks). */
const SWEEP_EVERY = 1_000

interface Offender {
  offences: number
  lastAt: number
  refusedUntil: number
}

interface RoomWindow {
  startedAt: number
  readonly rooms: Set<string>
}

type GuardLimits = Pick<
  Limits,
  'maxConnectionsPerAddress' | 'maxRoomsPerAddressPerMinute' | 'offenderBackoffMs'
>

/** The per-address bookkeeping of one server. */
export class AddressGuard {
  private readonly connections = new Map<string, number>()
  private readonly roomWindows = new Map<string, RoomWindow>()
  private readonly offenders = new Map<string, Offender>()
  private checks = 0

  constructor(
    private readonly limits: GuardLimits,
    private readonly now: () => number = Date.now
  ) {}

  /** Why `address` may not open a sync connection to `room` now, or undefined. */
  refuseConnection(address: string, room: string): AddressRefusal | undefined {
    const offender = this.offenders.get(address)
    const now = this.now()
    if (offender && offender.refusedUntil > now) {
      const seconds = Math.ceil((offender.refusedUntil - now) / 1000)
      return refusal(`refused for ${seconds} s after repeated updates that do not apply`, seconds)
    }
    const open = this.connections.get(address) ?? 0
    if (open >= this.limits.maxConnectionsPerAddress) {
      return refusal(
        `too many connections from this address (limit ${this.limits.maxConnectionsPerAddress})`,
        5
      )
    }
    return this.refuseRoom(address, room)
  }

  /** Why `address` may not open `room` (by socket or HTTP) now, or undefined; counts the room. */
  refuseRoom(address: string, room: string): AddressRefusal | undefined {
    const now = this.now()
    this.sweep(now)
    let window = this.roomWindows.get(address)
    if (!window || now - window.startedAt >= 60_000) {
      window = { startedAt: now, rooms: new Set() }
      this.roomWindows.set(address, window)
    }
    if (window.rooms.has(room)) return undefined
    if (window.rooms.size >= this.limits.maxRoomsPerAddressPerMinute) {
      const seconds = Math.ceil((window.startedAt + 60_000 - now) / 1000)
      return refusal(
        `too many rooms opened from this address (limit ${this.limits.maxRoomsPerAddressPerMinute} per minute)`,
        seconds
      )
    }
    window.rooms.add(room)
    return undefined
  }

  /** Counts an accepted connection; call `closed` when it ends. */
  opened(address: string): void {
    this.connections.set(address, (this.connections.get(address) ?? 0) + 1)
  }

  /** Uncounts a connection counted by `opened`. */
  closed(address: string): void {
    const open = (this.connections.get(address) ?? 0) - 1
    if (open > 0) this.connections.set(address, open)
    else this.connections.delete(address)
  }

  /**
   * Records an update from `address` that did not apply. The first is
   * forgiven; from the second within ten minutes the address is refused for
   * offenderBackoffMs, doubled for each further one, at most five minutes.
   */
  offended(address: string): void {
    const now = this.now()
    const previous = this.offenders.get(address)
    const offences =
      previous && now - previous.lastAt < OFFENCE_MEMORY_MS ? previous.offences + 1 : 1
    const backoff =
      offences < 2
        ? 0
        : Math.min(MAX_BACKOFF_MS, this.limits.offenderBackoffMs * 2 ** (offences - 2))
    this.offenders.set(address, { offences, lastAt: now, refusedUntil: now + backoff })
  }

  private sweep(now: number): void {
    if (++this.checks % SWEEP_EVERY !== 0) return
    for (const [address, window] of this.roomWindows) {
      if (now - window.startedAt >= 60_000) this.roomWindows.delete(address)
    }
    for (const [address, offender] of this.offenders) {
      if (now - offender.lastAt >= OFFENCE_MEMORY_MS) this.offenders.delete(address)
    }
  }
}

function refusal(reason: string, retryAfterSeconds: number): AddressRefusal {
  return { status: 429, reason, retryAfterSeconds: Math.max(1, retryAfterSeconds) }
}
