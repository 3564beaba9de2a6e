/**
 * Export benchmark: the 100,000-word briefing with 5,000 claims, built in-process as a Y.Doc
 * (no server), read with buildExportInput and rendered by each exporter. Budgets from issue 5:
 * Markdown, HTML and JSON-LD ≤ 300 ms each, DOCX ≤ 1.5 s. Warm-up, then the median of 5 runs.
 * A breakdown of the shared steps every exporter calls follows, to show where the time goes.
 * Run: `npx tsx bench/export-bench.ts [name…]` (names filter steps, case-insensitively);
 * exits 1 when a budget is missed.
 */
import { performance } from 'node:perf_hooks'
import * as Y from 'yjs'
import { buildExportInput } from '../src/collab/export/room-export'
import { anchorAnnotations } from '../src/core/export/anchor'
import { bodyBlocks, numberedClaims, type ExportInput } from '../src/core/export/export-input'
import { exportDocx } from '../src/core/export/docx'
import { exportHtml } from '../src/core/export/html'
import { exportMarkdown } from '../src/core/export/markdown'
import { openChecks } from '../src/core/export/open-checks'
import { normalisedText } from '../src/core/export/plain-text'
import { reviewSummary } from '../src/core/export/review-summary'
import { parseWebAnnotations } from '../src/core/export/web-annotation-import'
import { exportWebAnnotations } from '../src/core/export/web-annotations'
import { generateBriefing } from './briefing-generator'

const RUNS = 5
const WARM_UPS = 2
const SPEC = { seed: 2026, words: 100_000, claims: 5_000 }

interface Step {
  readonly name: string
  /** Budget in milliseconds, or null where the issue sets none. */
  readonly budgetMs: number | null
  readonly run: () => unknown
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

function measure(step: Step): { median: number; min: number; max: number } {
  for (let i = 0; i < WARM_UPS; i += 1) step.run()
  const times: number[] = []
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now()
    step.run()
    times.push(performance.now() - start)
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times) }
}

function sizeOf(output: unknown): string {
  const bytes =
    output instanceof Uint8Array
      ? output.byteLength
      : typeof output === 'string'
        ? Buffer.byteLength(output)
        : Buffer.byteLength(JSON.stringify(output))
  return `${(bytes / (1024 * 1024)).toFixed(2)} MiB`
}

/** The exports themselves, each against its budget; DOCX before JSON-LD so both are timed. */
function exportSteps(
  doc: Y.Doc,
  meta: Parameters<typeof buildExportInput>[1],
  input: ExportInput
): Step[] {
  return [
    {
      name: 'buildExportInput (Y.Doc → input)',
      budgetMs: null,
      run: () => buildExportInput(doc, meta)
    },
    { name: 'openChecks (the gate)', budgetMs: null, run: () => openChecks(input) },
    { name: 'Markdown', budgetMs: 300, run: () => exportMarkdown(input) },
    { name: 'HTML', budgetMs: 300, run: () => exportHtml(input) },
    { name: 'DOCX', budgetMs: 1500, run: () => exportDocx(input) },
    {
      name: 'JSON-LD (object + JSON.stringify)',
      budgetMs: 300,
      run: () => JSON.stringify(exportWebAnnotations(input), null, 2)
    }
  ]
}

/** The shared pieces the exporters are built from, timed on their own, and import anchoring. */
function breakdownSteps(input: ExportInput): Step[] {
  const collection = exportWebAnnotations(input)
  const parsed = parseWebAnnotations(JSON.parse(JSON.stringify(collection)))
  if (!parsed.ok) throw new Error(parsed.message)
  const annotations = parsed.value
  // Without positions every quote is searched for, the slow path of anchoring.
  const quotesOnly = annotations.map(({ quote }) => ({ quote }))
  const plainText = normalisedText(input).text
  return [
    { name: 'numberedClaims', budgetMs: null, run: () => numberedClaims(input) },
    { name: 'bodyBlocks', budgetMs: null, run: () => bodyBlocks(input) },
    { name: 'reviewSummary', budgetMs: null, run: () => reviewSummary(input) },
    { name: 'normalisedText', budgetMs: null, run: () => normalisedText(input) },
    { name: 'JSON-LD object only', budgetMs: null, run: () => exportWebAnnotations(input) },
    {
      name: 'JSON-LD stringify only',
      budgetMs: null,
      run: () => JSON.stringify(collection, null, 2)
    },
    {
      name: 'anchorAnnotations (re-import, positions)',
      budgetMs: null,
      run: () => anchorAnnotations(plainText, annotations)
    },
    {
      name: 'anchorAnnotations (re-import, quotes only)',
      budgetMs: null,
      run: () => anchorAnnotations(plainText, quotesOnly)
    }
  ]
}

/** Prints one table of steps; returns whether every budget was met. */
function report(title: string, steps: readonly Step[]): boolean {
  if (steps.length === 0) return true
  console.log(`\n${title}\n`)
  console.log('| step | median ms | min–max ms | budget | output |')
  console.log('| --- | ---: | ---: | ---: | ---: |')
  let met = true
  for (const step of steps) {
    const result = measure(step)
    const within = step.budgetMs === null || result.median <= step.budgetMs
    met &&= within
    const budget = step.budgetMs === null ? '—' : `≤ ${step.budgetMs} ${within ? '✓' : '✗'}`
    console.log(
      `| ${step.name} | ${result.median.toFixed(0)} | ${result.min.toFixed(0)}–${result.max.toFixed(0)} | ${budget} | ${sizeOf(step.run())} |`
    )
  }
  return met
}

function selected(steps: readonly Step[], filters: readonly string[]): Step[] {
  if (filters.length === 0) return [...steps]
  return steps.filter((step) => filters.some((f) => step.name.toLowerCase().includes(f)))
}

function main(): void {
  const filters = process.argv.slice(2).map((arg) => arg.toLowerCase())
  const doc = new Y.Doc()
  const briefing = generateBriefing(doc, SPEC)
  const meta = { room: 'bench-export', exportedAt: '2025-11-18T09:30:00.000Z', appVersion: 'bench' }
  const read = buildExportInput(doc, meta)
  if (!read.ok) throw new Error(read.message)
  const input: ExportInput = read.value
  console.log(
    `Export benchmark: ${briefing.words.toLocaleString('en')} words in ${briefing.paragraphs} paragraphs, ` +
      `${briefing.claims.toLocaleString('en')} claims, ${openChecks(input).length} open checks; ` +
      `median of ${RUNS} after ${WARM_UPS} warm-ups, Node ${process.version}`
  )
  const met = report('Exports', selected(exportSteps(doc, meta, input), filters))
  report('Breakdown of shared steps', selected(breakdownSteps(input), filters))
  if (!met) process.exitCode = 1
}

main()
