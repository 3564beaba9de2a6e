/** The offline benchmark's figures as Markdown tables, with the targets beside them. */
import { quantile } from './editor-report'
import type { LocalOpenFigures } from './offline-local-open'
import type { MergeRun } from './offline-merge'

const ms = (value: number): string => `${Math.round(value)} ms`
const runsOf = (values: readonly number[]): string => values.map((v) => Math.round(v)).join(', ')

function mergeRow(label: string, values: readonly number[], target: string): string {
  const cells = [label, ms(quantile(values, 0.5)), ms(Math.max(...values)), runsOf(values), target]
  return `| ${cells.join(' | ')} |`
}

/** The offline-merge table: one row per observer, median and max over the runs. */
export function formatMergeTable(runs: readonly MergeRun[]): string {
  const edits = runs[0]?.edits ?? 0
  return [
    `### ${edits.toLocaleString('en')} offline edits merged on reconnect (${runs.length} runs)`,
    '',
    '| from A reconnecting to… | median | max | runs | target |',
    '| --- | --- | --- | --- | --- |',
    mergeRow(
      "the marker in B's editor DOM (Chromium, first frame)",
      runs.map((run) => run.browserMs),
      '≤ 1000 ms (aim 250 ms)'
    ),
    mergeRow(
      "the marker in Node client C's document",
      runs.map((run) => run.nodeMs),
      '— (server + network only)'
    ),
    mergeRow(
      "the server acknowledging all of A's edits stored",
      runs.map((run) => run.ackedMs),
      '—'
    ),
    '',
    `A made the edits offline in ${runsOf(runs.map((run) => run.editingMs))} ms (not part of the figures).`
  ].join('\n')
}

function openRow(figures: LocalOpenFigures): string {
  const { briefing } = figures.room
  const reads = figures.reads.map((read) => read.readMs)
  const last = figures.reads.at(-1)
  const cells = [
    `${briefing.words.toLocaleString('en')} words, ${briefing.claims.toLocaleString('en')} claims`,
    `${ms(quantile(figures.openMs, 0.5))} (runs: ${runsOf(figures.openMs)})`,
    '≤ 300 ms',
    ms(figures.onlineOpenMs),
    `${ms(quantile(reads, 0.5))} (${last?.rows ?? 0} rows, ${((last?.bytes ?? 0) / 1e6).toFixed(2)} MB)`,
    `“${figures.indicator}”`
  ]
  return `| ${cells.join(' | ')} |`
}

/** The local-open table: one row per room. */
export function formatLocalOpenTable(rooms: readonly LocalOpenFigures[]): string {
  return [
    `### Opening a room from the local copy, server stopped (${rooms[0]?.openMs.length ?? 0} runs, median)`,
    '',
    '| room | navigation start → editable, last paragraph shown | target | same, opened online (1 run) | IndexedDB read alone | indicator after open |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rooms.map(openRow)
  ].join('\n')
}
