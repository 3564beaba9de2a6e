/** The editor benchmark's figures as one Markdown table, rooms side by side. */
import type { KeyLatency, ScrollResult } from './editor-measures'
import type { SeededRoom } from './editor-rooms'

/** Everything measured in one room. */
export interface RoomFigures {
  readonly room: SeededRoom
  readonly openMs: readonly number[]
  readonly keys: readonly KeyLatency[]
  readonly scroll: ScrollResult | null
}

/** The value at quantile `q` (0–1) by the nearest-rank method. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN
  const ordered = [...values].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil(q * ordered.length))
  return ordered[rank - 1] ?? Number.NaN
}

const ms = (value: number): string => `${value.toFixed(1)} ms`

function openCell(figures: RoomFigures): string {
  const runs = figures.openMs.map((value) => Math.round(value)).join(', ')
  return `${ms(quantile(figures.openMs, 0.5))} (runs: ${runs})`
}

function keyCell(figures: RoomFigures, q: number, pick: (key: KeyLatency) => number): string {
  return ms(quantile(figures.keys.map(pick), q))
}

function scrollCells(scroll: ScrollResult | null): string[] {
  if (!scroll) return ['—', '—', '—']
  const long = scroll.frameMs.filter((value) => value > 33.4).length
  return [
    `${ms(quantile(scroll.frameMs, 0.5))} / ${ms(quantile(scroll.frameMs, 0.95))} / ${ms(Math.max(...scroll.frameMs))}`,
    `${scroll.frameMs.length} frames, ${long} over 33 ms`,
    `${scroll.maxRenderedRows} of ${scroll.totalRows} (last row reached: ${scroll.lastRowShown})`
  ]
}

/** One table: a row per measure, a column per room. */
export function formatTable(rooms: readonly RoomFigures[], browserVersion: string): string {
  const header = [
    'Measure',
    'Target',
    ...rooms.map(({ room }) => `${room.briefing.claims.toLocaleString('en')} claims`)
  ]
  const describe = (figures: RoomFigures): string => {
    const { paragraphs, words } = figures.room.briefing
    return `${words.toLocaleString('en')} words, ${paragraphs} paragraphs, ${(figures.room.updateBytes / 1e6).toFixed(1)} MB`
  }
  const scroll = rooms.map((figures) => scrollCells(figures.scroll))
  const rows: string[][] = [
    ['Room', '', ...rooms.map(describe)],
    ['Open → editable, median of 3', '≤ 1.5 s', ...rooms.map(openCell)],
    [
      'Typing, keydown → DOM updated, p50',
      '',
      ...rooms.map((f) => keyCell(f, 0.5, (k) => k.toDom))
    ],
    [
      'Typing, keydown → DOM updated, p95',
      '',
      ...rooms.map((f) => keyCell(f, 0.95, (k) => k.toDom))
    ],
    [
      'Typing, keydown → next frame, p50',
      '',
      ...rooms.map((f) => keyCell(f, 0.5, (k) => k.toFrame))
    ],
    [
      'Typing, keydown → next frame, p95',
      '≤ 16 ms',
      ...rooms.map((f) => keyCell(f, 0.95, (k) => k.toFrame))
    ],
    [
      'Typing, keydown → frame rendered, p50',
      '',
      ...rooms.map((f) => keyCell(f, 0.5, (k) => k.toRendered))
    ],
    [
      'Typing, keydown → frame rendered, p95',
      '',
      ...rooms.map((f) => keyCell(f, 0.95, (k) => k.toRendered))
    ],
    [
      'Claims list scroll, frame p50 / p95 / max',
      '~16.7 ms',
      ...scroll.map((cells) => cells[0] ?? '')
    ],
    ['Claims list scroll, frames', '', ...scroll.map((cells) => cells[1] ?? '')],
    ['Claims list, most rows rendered at once', 'small', ...scroll.map((cells) => cells[2] ?? '')]
  ]
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`
  return [
    `Chromium ${browserVersion}, ${rooms[0]?.keys.length ?? 0} keys typed per room`,
    '',
    line(header),
    line(header.map(() => '---')),
    ...rows.map(line)
  ].join('\n')
}
