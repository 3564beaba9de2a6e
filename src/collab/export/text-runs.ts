/**
 * Reading the room's text as blocks of runs with the claims covering each run, and mapping
 * offsets in the normalised plain text (core/export/plain-text.ts) back to Y.XmlText indexes.
 */
import * as Y from 'yjs'
import type { ExportBlock, ExportRun } from '../../core/export/export-input'
import { BLOCK_SEPARATOR, codePointLength } from '../../core/export/plain-text'
import { CLAIM_MARK_NAME } from '../claims/anchored-claims'
import { runToEnd } from '../../core/steps'

/** One run's place: in the room's Y.XmlText and in the normalised text. */
export interface RunSegment {
  readonly text: Y.XmlText
  /** UTF-16 index of the run in `text`. */
  readonly index: number
  readonly raw: string
  /** Code point offset of the run in the normalised text. */
  readonly start: number
  readonly end: number
}

/** The room's text as export blocks, and where each run is. */
export interface RoomText {
  readonly blocks: ExportBlock[]
  readonly segments: RunSegment[]
}

const CLAIM_KEY = new RegExp(`^${CLAIM_MARK_NAME}(--[a-zA-Z0-9+/=]{8})?$`)

interface DeltaOp {
  readonly insert?: unknown
  readonly attributes?: Record<string, unknown>
}

/** Blocks and run positions; `claimOrder` lists claim ids so each run's ids come in room order. */
export function readRoomText(fragment: Y.XmlFragment, claimOrder: readonly string[]): RoomText {
  return runToEnd(readRoomTextSteps(fragment, claimOrder))
}

/** Blocks read between two steps of `readRoomTextSteps`. */
const STEP_BLOCKS = 500

/** `readRoomText` in steps: yields after every few hundred blocks, for a server's event loop. */
export function* readRoomTextSteps(
  fragment: Y.XmlFragment,
  claimOrder: readonly string[]
): Generator<void, RoomText> {
  const rank = new Map(claimOrder.map((id, index) => [id, index]))
  const blocks: ExportBlock[] = []
  const segments: RunSegment[] = []
  let offset = 0
  let read = 0
  const visit = function* (node: Y.XmlFragment | Y.XmlElement): Generator<void, void> {
    for (const child of node.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue
      const texts = child.toArray().filter((c): c is Y.XmlText => c instanceof Y.XmlText)
      if (texts.length === 0) {
        yield* visit(child)
        continue
      }
      if (++read % STEP_BLOCKS === 0) yield
      const runs: ExportRun[] = []
      const blockSegments: RunSegment[] = []
      let blockOffset = offset + (segments.length > 0 ? codePointLength(BLOCK_SEPARATOR) : 0)
      for (const text of texts) {
        let index = 0
        for (const op of text.toDelta() as DeltaOp[]) {
          if (typeof op.insert !== 'string') continue
          const length = codePointLength(op.insert.normalize('NFC'))
          runs.push({ text: op.insert, claimIds: claimIdsOf(op.attributes, rank) })
          blockSegments.push({
            text,
            index,
            raw: op.insert,
            start: blockOffset,
            end: blockOffset + length
          })
          blockOffset += length
          index += op.insert.length
        }
      }
      blocks.push(blockOf(child, runs))
      // Empty blocks are left out of the normalised text, so they move no offsets.
      if (runs.some((run) => run.text.length > 0)) {
        segments.push(...blockSegments)
        offset = blockOffset
      }
    }
  }
  yield* visit(fragment)
  return { blocks, segments }
}

function blockOf(element: Y.XmlElement, runs: ExportRun[]): ExportBlock {
  if (element.nodeName !== 'heading') return { kind: 'paragraph', runs }
  const level = Number(element.getAttribute('level'))
  return { kind: 'heading', level: level === 2 || level === 3 ? level : 1, runs }
}

function claimIdsOf(
  attributes: Record<string, unknown> | undefined,
  rank: ReadonlyMap<string, number>
): string[] {
  const ids = new Set<string>()
  for (const [key, value] of Object.entries(attributes ?? {})) {
    if (!CLAIM_KEY.test(key) || typeof value !== 'object' || value === null) continue
    const id = (value as { id?: unknown }).id
    // A mark whose claim is gone has nothing to export.
    if (typeof id === 'string' && rank.has(id)) ids.add(id)
  }
  return [...ids].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0))
}

/** The UTF-16 index in `raw` where code point `offset` of its NFC form falls. */
export function rawIndexOf(raw: string, offset: number): number {
  const normalised = raw.normalize('NFC') === raw
  let units = 0
  let points = 0
  for (const char of raw) {
    const reached = normalised ? points : codePointLength(raw.slice(0, units).normalize('NFC'))
    if (reached >= offset) return units
    units += char.length
    points += 1
  }
  return units
}

/** The Y.XmlText stretches covering code points `start` to `end` of the normalised text. */
export function stretchesFor(
  segments: readonly RunSegment[],
  start: number,
  end: number
): { text: Y.XmlText; index: number; length: number }[] {
  const stretches: { text: Y.XmlText; index: number; length: number }[] = []
  for (let i = firstEndingAfter(segments, start); i < segments.length; i++) {
    const segment = segments[i]
    if (!segment || segment.start >= end) break
    if (segment.end <= start) continue
    const from = rawIndexOf(segment.raw, Math.max(start, segment.start) - segment.start)
    const to = rawIndexOf(segment.raw, Math.min(end, segment.end) - segment.start)
    if (to > from)
      stretches.push({ text: segment.text, index: segment.index + from, length: to - from })
  }
  return stretches
}

/**
 * Index of the first segment ending after `offset`, by binary search: segments are in text
 * order, so their ends never decrease, and an import anchors thousands of ranges.
 */
function firstEndingAfter(segments: readonly RunSegment[], offset: number): number {
  let low = 0
  let high = segments.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((segments[middle]?.end ?? 0) <= offset) low = middle + 1
    else high = middle
  }
  return low
}
