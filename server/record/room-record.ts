/**
 * One room's record on the server: the activity each stored update is written with, and the
 * versions the server takes on its own (at most one per VERSION_EVERY_MS of activity, and
 * always before an update that removes more than a fifth of the text or of the claims) or
 * by hand. Everything is written from what the server itself saw and who it knows sent it.
 */
import * as Y from 'yjs'
import type { RoomChange } from '../../src/core/access/update-policy'
import { activityFacts, type ActivityFact } from '../../src/core/record/activity'
import { versionsToThin } from '../../src/core/record/version-thinning'
import { claimCountOf, textLengthOf } from '../../src/collab/room-size'
import type { Logger } from '../logger'
import type { NewActivity, RecordStore, VersionInfo, VersionReason } from '../storage/record-store'

/** Who the record names when nobody it knows sent a change (an open server's nameless client). */
export const UNKNOWN_REVIEWER = 'Unknown reviewer'

/** Automatic versions are at least this far apart. */
export const VERSION_EVERY_MS = 10 * 60_000

/** An update removing more than this share of the text or the claims is preceded by a version. */
const LARGE_DELETION = 1 / 5

/** What a room record needs. */
export interface RoomRecordDeps {
  readonly room: string
  readonly store: RecordStore
  readonly logger: Logger
  /** The server's clock, as ISO 8601; a parameter so tests can move it. */
  readonly now?: () => string
  readonly versionEveryMs?: number
  /**
   * Encodes versions off the loop: `readRows` reads the room's stored rows (in the room's
   * write queue they are exactly its document) and `encodeRows` encodes them in the export
   * worker. Without them the loop encodes the document itself.
   */
  readonly offLoop?: {
    readonly readRows: () => Promise<Uint8Array[]>
    readonly encodeRows: (rows: readonly Uint8Array[]) => Promise<Uint8Array>
  }
  /** Makes a version's read-only rendition off the loop (the export worker). */
  readonly renderVersion?: (state: Uint8Array) => Promise<Uint8Array>
}

/** How a version is asked for. */
export interface VersionRequest {
  readonly reason: VersionReason
  readonly name?: string | null
  readonly takenBy: string | null
}

/** The record of one loaded room; the room calls it inside its write queue. */
export class RoomRecord {
  private textLength: number | undefined
  private lastVersionMs: number | undefined
  private readonly now: () => string

  constructor(private readonly deps: RoomRecordDeps) {
    this.now = deps.now ?? (() => new Date().toISOString())
  }

  /** The activity an update from `actor` is to be stored with. */
  activityOf(changes: readonly RoomChange[], actor: string): NewActivity[] {
    return this.stamp(activityFacts(changes), actor)
  }

  /** Who and when, added to facts the server states itself (imports, restores). */
  stamp(facts: readonly ActivityFact[], actor: string): NewActivity[] {
    const at = this.now()
    return facts.map((fact) => ({ ...fact, at, actor }))
  }

  /**
   * Before an update is applied: when it would remove more than a fifth of the text or of
   * the claims, the room as it is now is kept as a version first, so a wipe can be undone.
   */
  async beforeApply(doc: Y.Doc, changes: readonly RoomChange[], actor: string): Promise<void> {
    const removed = removedBy(changes)
    if (removed.text === 0 && removed.claims === 0) return
    const text = this.currentTextLength(doc)
    const claims = removed.claims > 0 ? claimCountOf(doc) : 0
    const large =
      (text > 0 && removed.text > text * LARGE_DELETION) ||
      (claims > 0 && removed.claims > claims * LARGE_DELETION)
    // Awaited: the deletion is stored only once the version that undoes it is.
    if (large)
      await (
        await this.saveVersion(doc, { reason: 'before-deletion', takenBy: actor })
      ).stored
  }

  /** After an update was stored and applied: keeps counts, and takes a version when one is due. */
  async afterApply(doc: Y.Doc, changes: readonly RoomChange[]): Promise<void> {
    if (this.textLength !== undefined) this.textLength += textDelta(changes)
    const last = await this.lastVersionTime()
    const every = this.deps.versionEveryMs ?? VERSION_EVERY_MS
    if (Date.parse(this.now()) - last >= every) {
      // Not awaited: the room goes on while the worker encodes; the next one is due in minutes.
      this.lastVersionMs = Date.parse(this.now())
      const { stored } = await this.saveVersion(doc, { reason: 'auto', takenBy: null })
      stored.catch((error: unknown) => {
        this.deps.logger.error('keeping a version failed', { room: this.deps.room, error })
      })
    }
  }

  /**
   * Takes the room as it is now as a version; call in the room's write queue. Resolves once
   * the room's state is taken, with `stored`: the version once encoded (off the loop) and
   * stored, so the queue need not wait for the encoding.
   */
  async saveVersion(
    doc: Y.Doc,
    request: VersionRequest
  ): Promise<{ readonly stored: Promise<VersionInfo> }> {
    const takenAt = this.now()
    // Counted now: the rows are read now, but the document may change before they are encoded.
    this.textLength = textLengthOf(doc)
    const claims = claimCountOf(doc)
    const offLoop = this.deps.offLoop
    // Automatic versions are encoded off the loop: nobody waits for them. A version someone
    // waits for (saved by hand, or before a deletion or a restore, which must be stored first)
    // is encoded here: a tenth of a second for the biggest rooms, against a second or more
    // for the worker to rebuild the room from its rows.
    if (!offLoop || request.reason !== 'auto') {
      const state = Y.encodeStateAsUpdateV2(doc)
      return { stored: this.store(request, takenAt, claims, Promise.resolve(state)) }
    }
    const rows = await offLoop.readRows()
    return { stored: this.store(request, takenAt, claims, offLoop.encodeRows(rows)) }
  }

  private async store(
    request: VersionRequest,
    takenAt: string,
    claims: number,
    encoded: Promise<Uint8Array>
  ): Promise<VersionInfo> {
    const state = await encoded
    const saved = await this.deps.store.saveVersion(
      this.deps.room,
      {
        takenAt,
        name: request.name ?? null,
        reason: request.reason,
        takenBy: request.takenBy,
        textLength: this.textLength ?? 0,
        claims
      },
      state
    )
    this.lastVersionMs = Date.parse(takenAt)
    await this.thin(takenAt)
    this.renderLater(saved.id, state)
    return saved
  }

  /** Opening a version then reads its rendition instead of decoding the whole room. */
  private renderLater(id: number, state: Uint8Array): void {
    const { renderVersion, store, room, logger } = this.deps
    if (!renderVersion) return
    renderVersion(state)
      .then((json) => store.setVersionContent(room, id, new TextDecoder().decode(json)))
      .catch((error: unknown) => {
        // Opening the version renders it then; nothing is lost.
        logger.warn('rendering a version failed', { room, id, error })
      })
  }

  private async thin(now: string): Promise<void> {
    try {
      const versions = await this.deps.store.listVersions(this.deps.room)
      const doomed = versionsToThin(versions, now)
      if (doomed.length > 0) await this.deps.store.deleteVersions(this.deps.room, doomed)
    } catch (error) {
      // Thinning again later catches up; the version itself is stored.
      this.deps.logger.warn('thinning versions failed', { room: this.deps.room, error })
    }
  }

  private currentTextLength(doc: Y.Doc): number {
    this.textLength ??= textLengthOf(doc)
    return this.textLength
  }

  private async lastVersionTime(): Promise<number> {
    if (this.lastVersionMs === undefined) {
      const [latest] = await this.deps.store.listVersions(this.deps.room)
      // A room without versions counts from its first change, so its first version comes
      // after VERSION_EVERY_MS of activity rather than with its first keystroke.
      this.lastVersionMs = latest ? Date.parse(latest.takenAt) : Date.parse(this.now())
    }
    return this.lastVersionMs
  }
}

/** Characters of text and claims an update removes. */
function removedBy(changes: readonly RoomChange[]): { text: number; claims: number } {
  let text = 0
  let claims = 0
  for (const change of changes) {
    if (change.op !== 'delete') continue
    if (change.path[0] === 'document' && change.content === 'content') text += change.length ?? 0
    if (change.path[0] === 'claims' && change.path.length === 2) claims += 1
  }
  return { text, claims }
}

/** Characters of text an update adds, less those it removes. */
function textDelta(changes: readonly RoomChange[]): number {
  let delta = 0
  for (const change of changes) {
    if (change.path[0] !== 'document' || change.content !== 'content') continue
    delta += (change.op === 'insert' ? 1 : -1) * (change.length ?? 0)
  }
  return delta
}
