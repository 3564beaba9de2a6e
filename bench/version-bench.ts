/**
 * Versions of the big room (the 100,000-word briefing with 5,000 claims): taking one, opening
 * one read-only, and restoring one after a wipe, after half the paragraphs and claims were
 * deleted, and when nothing changed. Each row is the median of a few repetitions in one run.
 * Run: `npx tsx bench/version-bench.ts`; `runVersionBench()` returns the same Markdown.
 */
import { performance } from 'node:perf_hooks'
import * as Y from 'yjs'
import { documentFragment, readPlainText, sourceList } from '../src/collab/briefing-doc'
import { claimsMap, readClaims } from '../src/collab/claims/claims-doc'
import { restoreVersion } from '../src/collab/version-restore'
import { generateBriefing } from './briefing-generator'

const SPEC = { seed: 2026, words: 100_000, claims: 5_000 }
const REPETITIONS = 5

const fmt = (ms: number): string => ms.toFixed(1)

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  if (sorted.length % 2 === 1) return sorted[middle] ?? Number.NaN
  return ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

function timed<T>(run: () => T): { result: T; ms: number } {
  const started = performance.now()
  const result = run()
  return { result, ms: performance.now() - started }
}

function opened(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc()
  Y.applyUpdateV2(doc, state)
  return doc
}

/** What the room changes before it is restored to `version`. */
type Damage = (room: Y.Doc, version: Y.Doc) => void

function wipe(room: Y.Doc): void {
  room.transact(() => {
    documentFragment(room).delete(0, documentFragment(room).length)
    sourceList(room).delete(0, sourceList(room).length)
    for (const id of [...claimsMap(room).keys()]) claimsMap(room).delete(id)
  })
}

const DAMAGES: readonly { readonly label: string; readonly damage: Damage }[] = [
  { label: 'restore after a wipe (all text, claims and sources deleted)', damage: wipe },
  {
    label: 'restore after half the paragraphs and claims were deleted',
    damage: (room) =>
      room.transact(() => {
        const fragment = documentFragment(room)
        for (let block = fragment.length - 1; block >= 0; block -= 2) fragment.delete(block, 1)
        const ids = [...claimsMap(room).keys()].sort()
        ids.forEach((id, n) => n % 2 === 0 && claimsMap(room).delete(id))
      })
  },
  { label: 'restore when nothing changed (no-op)', damage: () => undefined },
  {
    // The room now holds copies under new ids, compared by content rather than by id.
    label: 'restore again right after a wipe-restore (nothing changed)',
    damage: (room, version) => {
      wipe(room)
      restoreVersion(room, version)
    }
  }
]

/** What a reader compares: the text with its marks as XML, and the claims. */
function readable(doc: Y.Doc): string {
  return documentFragment(doc).toJSON() + JSON.stringify(claimsMap(doc).toJSON())
}

interface Row {
  readonly label: string
  readonly ms: number
  readonly bytes: string
}

function measureRestore(state: Uint8Array, label: string, damage: Damage): Row {
  const version = opened(state)
  const expected = readable(version)
  const times: number[] = []
  let updateBytes = 0
  // One more run than timed: the last only counts the update's bytes, as encoding the update
  // for a listener is the room's cost, not the restore's.
  for (let rep = 0; rep <= REPETITIONS; rep++) {
    const room = opened(state)
    damage(room, version)
    if (rep === REPETITIONS) {
      room.on('updateV2', (update: Uint8Array) => (updateBytes += update.length))
    }
    const { ms } = timed(() => restoreVersion(room, version, 'bench'))
    if (rep < REPETITIONS) times.push(ms)
    if (readable(room) !== expected) throw new Error(`${label}: the room differs from the version`)
    room.destroy()
  }
  version.destroy()
  return { label, ms: median(times), bytes: `${updateBytes} (update)` }
}

function measureTaking(doc: Y.Doc): Row[] {
  const runs = Array.from({ length: REPETITIONS }, () => timed(() => Y.encodeStateAsUpdateV2(doc)))
  const v2 = runs[0]?.result.length ?? 0
  const v1 = Y.encodeStateAsUpdate(doc).length
  return [
    {
      label: 'take a version: `Y.encodeStateAsUpdateV2`',
      ms: median(runs.map((r) => r.ms)),
      bytes: `${v2} (V2)`
    },
    { label: 'the same state as V1, for comparison', ms: Number.NaN, bytes: `${v1} (V1)` }
  ]
}

function measureOpening(state: Uint8Array): Row {
  const times: number[] = []
  for (let rep = 0; rep < REPETITIONS; rep++) {
    const { result: doc, ms } = timed(() => {
      const version = opened(state)
      readPlainText(version)
      readClaims(version)
      return version
    })
    times.push(ms)
    doc.destroy()
  }
  return {
    label: 'open a version read-only: `Y.applyUpdateV2`, `readPlainText`, `readClaims`',
    ms: median(times),
    bytes: ''
  }
}

/** Runs every measure on the big room and returns the Markdown table. */
export async function runVersionBench(): Promise<string> {
  const doc = new Y.Doc()
  const generated = generateBriefing(doc, SPEC)
  const state = Y.encodeStateAsUpdateV2(doc)
  const rows = [...measureTaking(doc), measureOpening(state)]
  for (const { label, damage } of DAMAGES) {
    rows.push(measureRestore(state, label, damage))
    // Between the scenarios, so one's garbage is not collected in the next one's timing.
    await new Promise((resolve) => setImmediate(resolve))
  }
  doc.destroy()
  return [
    `## Versions of the big room (${generated.words} words, ${generated.paragraphs} paragraphs, ${generated.claims} claims; median of ${REPETITIONS})`,
    '| measure | median ms | bytes |',
    '| --- | --- | --- |',
    ...rows.map(
      (row) => `| ${row.label} | ${Number.isNaN(row.ms) ? '' : fmt(row.ms)} | ${row.bytes} |`
    )
  ].join('\n')
}

// Run as a script (`tsx bench/version-bench.ts`), not when bench/run.ts imports it.
if (/version-bench\.ts$/.test(process.argv[1] ?? '')) {
  runVersionBench().then(
    (markdown) => {
      console.log(`# Version benchmark  ${new Date().toISOString()}  node ${process.version}\n`)
      console.log(markdown)
    },
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    }
  )
}
