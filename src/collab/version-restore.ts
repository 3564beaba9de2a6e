/**
 * Restores a room to an earlier version in place. It diffs by Yjs identity instead of replacing
 * the content: whatever is alive in both keeps its item ids, so edits another replica made
 * offline inside that content still merge after the restore. This module decides what to keep,
 * delete and insert in lists and maps; restore-compare.ts reads and compares, restore-text.ts
 * writes text and copies.
 */
import * as Y from 'yjs'
import {
  CLAIMS_FIELD,
  DOCUMENT_FIELD,
  META_FIELD,
  SETTINGS_FIELD,
  SOURCES_FIELD
} from './doc-layout'
import {
  changesSince,
  isShared,
  lastValue,
  readUnits,
  readsAlike,
  sameContent,
  textLength,
  type Changes,
  type SharedType,
  type Unit
} from './restore-compare'
import {
  insertCopies,
  insertTextUnits,
  setKey,
  syncFormats,
  syncOpBounds,
  type KeyedType,
  type XmlChild
} from './restore-text'

/** What a restore changed, for the activity log. */
export interface RestoreSummary {
  /** Characters of briefing text inserted, including those of re-created paragraphs. */
  readonly textAdded: number
  /** Characters of briefing text deleted, including those of removed paragraphs. */
  readonly textRemoved: number
  /** Claims created again because the room no longer had them. */
  readonly claimsRestored: number
  /** Claims added after the version, now deleted. */
  readonly claimsRemoved: number
}

type ListType = Y.Array<unknown> | Y.XmlFragment

interface Tally {
  added: number
  removed: number
}

/** What the recursion carries: the transaction, what changed, where text is counted. */
interface Pass {
  readonly transaction: Y.Transaction
  readonly changes: Changes
  readonly text: Tally
}

/** Changes `doc` in one transaction so that every room root reads exactly as in `version`. */
export function restoreVersion(doc: Y.Doc, version: Y.Doc, origin: unknown = null): RestoreSummary {
  // Resolve every root first: a root of the wrong type throws here, before anything changed.
  const claims = [doc.getMap(CLAIMS_FIELD), version.getMap(CLAIMS_FIELD)] as const
  const fragment = [
    doc.getXmlFragment(DOCUMENT_FIELD),
    version.getXmlFragment(DOCUMENT_FIELD)
  ] as const
  const others = [
    [doc.getArray(SOURCES_FIELD), version.getArray(SOURCES_FIELD)],
    [doc.getMap(META_FIELD), version.getMap(META_FIELD)],
    [doc.getMap(SETTINGS_FIELD), version.getMap(SETTINGS_FIELD)]
  ] as const
  // Before the transaction: what changed since the version, not what the restore changes.
  const changes = changesSince(doc, version)
  const text: Tally = { added: 0, removed: 0 }
  let claimChanges: Tally = { added: 0, removed: 0 }
  doc.transact((transaction) => {
    syncType(fragment[0], fragment[1], { transaction, changes, text })
    // Only the briefing's characters count as text.
    const elsewhere: Pass = { transaction, changes, text: { added: 0, removed: 0 } }
    for (const [current, target] of others) syncType(current, target, elsewhere)
    if (!readsAlike(claims[0], claims[1], changes)) {
      claimChanges = syncKeys(claims[0], claims[1], elsewhere)
    }
  }, origin)
  return {
    textAdded: text.added,
    textRemoved: text.removed,
    claimsRestored: claimChanges.added,
    claimsRemoved: claimChanges.removed
  }
}

/** Makes `current` read like `target`, two instances of the same Y type (usually the same item). */
function syncType(current: SharedType, target: SharedType, pass: Pass): void {
  // Most of a room is untouched since the version: skip those subtrees before reading them.
  if (readsAlike(current, target, pass.changes)) return
  if (!(current instanceof Y.Map)) syncSequence(current, target, pass)
  if (current instanceof Y.Map || current instanceof Y.XmlElement || current instanceof Y.XmlText) {
    syncKeys(current, target as KeyedType, pass)
  }
}

/** Recurses when both are Y types (kept ones, and equal twins under other ids). */
function syncChild(current: unknown, target: unknown, pass: Pass): void {
  if (isShared(current) && isShared(target)) syncType(current, target, pass)
}

/**
 * Deletes what only the room has, inserts copies of what only the version has (each run at its
 * version index, so after the nearest kept unit before it), then recurses into kept Y types.
 */
function syncSequence(type: ListType | Y.Text, target: SharedType, pass: Pass): void {
  const have = readUnits(type)
  const want = readUnits(target)
  const pairs = alignUnits(have, want)
  const keptHave = new Set(pairs.map(([h]) => h))
  const keptWant = new Set(pairs.map(([, w]) => w))
  const textIn = (units: readonly Unit[]): number =>
    units.reduce((sum, unit) => sum + textLength(unit.value), 0)
  // From the end, so the indexes of the runs still to delete stay valid.
  for (const [start, end] of runsWhere(have.length, (i) => !keptHave.has(i)).reverse()) {
    pass.text.removed += textIn(have.slice(start, end))
    type.delete(start, end - start)
  }
  // What is left is the kept units in version order, so a missing run goes at its version index.
  for (const [start, end] of runsWhere(want.length, (i) => !keptWant.has(i))) {
    const units = want.slice(start, end)
    pass.text.added += textIn(units)
    if (type instanceof Y.Text) insertTextUnits(type, start, units, pass.transaction)
    else insertList(type, start, units, pass)
  }
  for (const [h, w] of pairs) syncChild(have[h]?.value, want[w]?.value, pass)
  if (type instanceof Y.Text) {
    syncFormats(type, want)
    syncOpBounds(type, want, pass.transaction)
  }
}

function insertList(list: ListType, index: number, units: readonly Unit[], pass: Pass): void {
  const values = units.map((unit) => unit.value)
  const insert = (copies: unknown[]): void =>
    list instanceof Y.Array ? list.insert(index, copies) : list.insert(index, copies as XmlChild[])
  insertCopies(values, insert, pass.transaction)
}

/**
 * Per key: the same item, or an equal value under another id (a copy an earlier restore made),
 * stays and is recursed into; a key the version lacks goes; anything else becomes a copy.
 */
function syncKeys(current: KeyedType, target: KeyedType, pass: Pass): Tally {
  const tally: Tally = { added: 0, removed: 0 }
  for (const key of new Set([...current._map.keys(), ...target._map.keys()])) {
    const want = liveItem(target._map.get(key))
    const have = liveItem(current._map.get(key))
    const had = have ? lastValue(have) : undefined
    const wanted = want ? lastValue(want) : undefined
    if (!want) {
      if (!have) continue
      removeKey(current, key)
      tally.removed++
    } else if (have && (Y.compareIDs(have.id, want.id) || sameContent(had, wanted))) {
      syncChild(had, wanted, pass)
    } else {
      insertCopies([wanted], ([copy]) => setKey(current, key, copy), pass.transaction)
      tally.added++
    }
  }
  return tally
}

function removeKey(type: KeyedType, key: string): void {
  if (type instanceof Y.Map) type.delete(key)
  else type.removeAttribute(key)
}

function liveItem(item: Y.Item | undefined): Y.Item | undefined {
  return item && !item.deleted ? item : undefined
}

function unitKey(unit: Unit): string {
  return `${unit.item.id.client}:${unit.item.id.clock + unit.offset}`
}

/**
 * Pairs the units to keep, increasing on both sides: first those with the same id, then, in each
 * gap between them, the equal values at its start and end (text typed again, a restored copy).
 */
function alignUnits(have: readonly Unit[], want: readonly Unit[]): [number, number][] {
  // The common case, content untouched since the version, needs no id lookups.
  if (have.length === want.length && have.every((unit, i) => sameUnitId(unit, want[i]))) {
    return have.map((_, i) => [i, i])
  }
  const byId = new Map<string, number>()
  have.forEach((unit, index) => byId.set(unitKey(unit), index))
  const pairs: [number, number][] = []
  let lastHave = -1
  let lastWant = -1
  want.forEach((unit, w) => {
    const h = byId.get(unitKey(unit))
    // Yjs orders items the same on every replica; the check only guards against a foreign version.
    if (h === undefined || h <= lastHave) return
    pairs.push(...matchGap(have, lastHave + 1, h, want, lastWant + 1, w), [h, w])
    lastHave = h
    lastWant = w
  })
  pairs.push(...matchGap(have, lastHave + 1, have.length, want, lastWant + 1, want.length))
  return pairs
}

/** Equal units at the start and end of a gap (have[hFrom, hTo) against want[wFrom, wTo)). */
function matchGap(
  have: readonly Unit[],
  hFrom: number,
  hTo: number,
  want: readonly Unit[],
  wFrom: number,
  wTo: number
): [number, number][] {
  const size = Math.min(hTo - hFrom, wTo - wFrom)
  const equalAt = (h: number, w: number): boolean => sameContent(have[h]?.value, want[w]?.value)
  let head = 0
  while (head < size && equalAt(hFrom + head, wFrom + head)) head++
  // Never keep half of a surrogate pair: Yjs would turn a split pair into U+FFFD.
  if (head > 0 && isSurrogate(want[wFrom + head - 1]?.value, 0xd800)) head--
  let tail = 0
  while (tail < size - head && equalAt(hTo - 1 - tail, wTo - 1 - tail)) tail++
  if (tail > 0 && isSurrogate(want[wTo - tail]?.value, 0xdc00)) tail--
  const pairs: [number, number][] = []
  for (let i = 0; i < head; i++) pairs.push([hFrom + i, wFrom + i])
  for (let i = tail; i > 0; i--) pairs.push([hTo - i, wTo - i])
  return pairs
}

function sameUnitId(a: Unit, b: Unit | undefined): boolean {
  const [x, y] = [a.item.id, b?.item.id]
  return x.client === y?.client && x.clock + a.offset === y.clock + (b?.offset ?? 0)
}

function isSurrogate(value: unknown, base: number): boolean {
  if (typeof value !== 'string') return false
  const code = value.charCodeAt(0)
  return code >= base && code < base + 0x400
}

/** Index runs [start, end) where `test` holds. */
function runsWhere(length: number, test: (index: number) => boolean): [number, number][] {
  const runs: [number, number][] = []
  for (let i = 0; i < length; i++) {
    const last = runs[runs.length - 1]
    if (!test(i)) continue
    if (last && last[1] === i) last[1] = i + 1
    else runs.push([i, i + 1])
  }
  return runs
}
