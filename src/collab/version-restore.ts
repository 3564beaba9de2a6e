/**
 * Restores a room to an earlier version in place. It diffs by Yjs identity instead of replacing
 * the content: whatever is alive in both keeps its item ids, so edits another replica made
 * offline inside that content still merge after the restore.
 */
import * as Y from 'yjs'
import {
  CLAIMS_FIELD,
  DOCUMENT_FIELD,
  META_FIELD,
  SETTINGS_FIELD,
  SOURCES_FIELD
} from './doc-layout'

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

type Attrs = Readonly<Record<string, unknown>>
/** The Y types a room holds (the Xml ones extend these); AbstractType itself is invariant. */
type SharedType = Y.Text | Y.XmlFragment | Y.Array<unknown> | Y.Map<unknown>
type ListType = Y.Array<unknown> | Y.XmlFragment
type KeyedType = Y.Map<unknown> | Y.XmlElement | Y.XmlText
type XmlChild = Y.XmlElement | Y.XmlText

const NO_ATTRS: Attrs = Object.freeze({})
const NO_FORMATS: readonly Y.Item[] = Object.freeze([])

/** One visible list element or text character: its item, its place in it, and its formats. */
interface Unit {
  readonly item: Y.Item
  readonly offset: number
  readonly value: unknown
  readonly attrs: Attrs
  /** Live format items between the previous unit and this one; toDelta starts a new op there. */
  readonly formats: readonly Y.Item[]
}

interface Tally {
  added: number
  removed: number
}

/** What the recursion carries: the transaction, and where briefing characters are counted. */
interface Pass {
  readonly transaction: Y.Transaction
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
  const text: Tally = { added: 0, removed: 0 }
  let claimChanges: Tally = { added: 0, removed: 0 }
  doc.transact((transaction) => {
    syncType(fragment[0], fragment[1], { transaction, text })
    // Only the briefing's characters count as text.
    const elsewhere: Pass = { transaction, text: { added: 0, removed: 0 } }
    for (const [current, target] of others) syncType(current, target, elsewhere)
    claimChanges = syncKeys(claims[0], claims[1], elsewhere)
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
  if (!(current instanceof Y.Map)) syncSequence(current, target, pass)
  if (current instanceof Y.Map || current instanceof Y.XmlElement || current instanceof Y.XmlText) {
    syncKeys(current, target as KeyedType, pass)
  }
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
    if (type instanceof Y.Text) insertTextUnits(type, start, units)
    else insertCopies(type, start, units, pass)
  }
  for (const [h, w] of pairs) syncChild(have[h]?.value, want[w]?.value, pass)
  if (type instanceof Y.Text) {
    syncFormats(type, want)
    syncOpBounds(type, want, pass.transaction)
  }
}

/** Recurses when both are Y types; copies and equal twins too, for their delta ops' bounds. */
function syncChild(current: unknown, target: unknown, pass: Pass): void {
  if (isShared(current) && isShared(target)) syncType(current, target, pass)
}

/**
 * Inserts runs of equal formatting. The attributes are always passed, even when empty: without
 * them Yjs gives new text the formats at the insertion point, such as the claim mark before it.
 */
function insertTextUnits(text: Y.Text, index: number, units: readonly Unit[]): void {
  let start = 0
  while (start < units.length) {
    const first = units[start] as Unit
    let chars = ''
    let end = start
    for (; end < units.length && sameText(first, units[end] as Unit); end++) {
      chars += units[end]?.value as string
    }
    const attrs = structuredClone(first.attrs) as Record<string, unknown>
    if (chars) text.insert(index + start, chars, attrs)
    else text.insertEmbed(index + start, copyValue(first.value) as object, attrs)
    start = Math.max(end, start + 1)
  }
}

function insertCopies(list: ListType, index: number, units: readonly Unit[], pass: Pass): void {
  const copies = units.map((unit) => copyValue(unit.value))
  if (list instanceof Y.Array) list.insert(index, copies)
  else list.insert(index, copies as XmlChild[])
  copies.forEach((copy, i) => syncChild(copy, units[i]?.value, pass))
}

/** Gives every character the version's formats; null in a format call removes one. */
function syncFormats(text: Y.Text, want: readonly Unit[]): void {
  const diffs = readUnits(text).map((unit, i) => attrsDiff(unit.attrs, want[i]?.attrs ?? NO_ATTRS))
  for (let start = 0; start < diffs.length;) {
    const diff = diffs[start]
    let end = start + 1
    while (end < diffs.length && diff && deepEqual(diffs[end], diff)) end++
    if (diff) text.format(start, end - start, diff)
    start = end
  }
}

/** The format changes that turn `have` into `want`, or null when they are equal. */
function attrsDiff(have: Attrs, want: Attrs): Record<string, unknown> | null {
  if (have === want) return null
  const diff: Record<string, unknown> = {}
  for (const key of new Set([...Object.keys(have), ...Object.keys(want)])) {
    if (!deepEqual(have[key], want[key]))
      diff[key] = key in want ? structuredClone(want[key]) : null
  }
  return Object.keys(diff).length > 0 ? diff : null
}

/**
 * toDelta starts a new op at every live format item, even one that changes nothing (Yjs keeps
 * those, as it compares mark objects by reference), so equal formats can still give unequal
 * deltas and XML. Between two characters with equal formats a format item is a no-op: delete
 * ours where the version has none, and add copies of the version's where we have none. The
 * public API cannot add a no-op format, so this integrates the item as Yjs's own insert does.
 */
function syncOpBounds(text: Y.Text, want: readonly Unit[], transaction: Y.Transaction): void {
  const have = readUnits(text)
  for (let i = have.length - 1; i > 0; i--) {
    const [before, unit, target] = [have[i - 1], have[i] as Unit, want[i]]
    if (typeof before?.value !== 'string' || typeof unit.value !== 'string' || !target) continue
    if (target.formats.length === 0) unit.formats.forEach((format) => format.delete(transaction))
    if (target.formats.length === 0 || unit.formats.length > 0) continue
    const { client, clock } = unit.item.id
    const right = Y.getItemCleanStart(transaction, Y.createID(client, clock + unit.offset))
    let left = right.left
    for (const { content } of target.formats) {
      const { key, value } = content as Y.ContentFormat
      const { clientID, store } = transaction.doc
      const id = Y.createID(clientID, Y.getState(store, clientID))
      const format = new Y.ContentFormat(key, structuredClone(value))
      left = new Y.Item(id, left, left?.lastId ?? null, right, right.id, text, null, format)
      left.integrate(transaction, 0)
    }
  }
}

/**
 * Per key: the same item, or an equal value under another id (a copy an earlier restore made),
 * stays and is recursed into; a key the version lacks goes; anything else becomes a copy.
 */
function syncKeys(current: KeyedType, target: KeyedType, pass: Pass): Tally {
  const changes: Tally = { added: 0, removed: 0 }
  for (const key of new Set([...current._map.keys(), ...target._map.keys()])) {
    const want = liveItem(target._map.get(key))
    const have = liveItem(current._map.get(key))
    const had = have ? lastValue(have) : undefined
    const wanted = want ? lastValue(want) : undefined
    if (!want) {
      if (!have) continue
      removeKey(current, key)
      changes.removed++
    } else if (have && (Y.compareIDs(have.id, want.id) || sameContent(had, wanted))) {
      syncChild(had, wanted, pass)
    } else {
      const copy = copyValue(wanted)
      setKey(current, key, copy)
      syncChild(copy, wanted, pass)
      changes.added++
    }
  }
  return changes
}

function setKey(type: KeyedType, key: string, value: unknown): void {
  if (type instanceof Y.Map) type.set(key, value)
  // y-prosemirror stores any JSON node attribute; Yjs only types the default as string.
  else if (type instanceof Y.XmlElement) type.setAttribute(key, value as string)
  else type.setAttribute(key, value)
}

function removeKey(type: KeyedType, key: string): void {
  if (type instanceof Y.Map) type.delete(key)
  else type.removeAttribute(key)
}

function liveItem(item: Y.Item | undefined): Y.Item | undefined {
  return item && !item.deleted ? item : undefined
}

/** A map entry's value, read as Yjs itself reads it. */
function lastValue(item: Y.Item): unknown {
  const values: unknown[] = item.content.getContent()
  return values[values.length - 1]
}

/**
 * The visible units of a list or text. Yjs splits items when they are edited, so the version may
 * hold one item where the room holds three; giving each unit its own id (item clock + offset)
 * makes both sides comparable.
 */
function readUnits(type: SharedType): Unit[] {
  const units: Unit[] = []
  let attrs = NO_ATTRS
  let formats: Y.Item[] = []
  for (let item = type._start; item !== null; item = item.right) {
    const { content } = item
    if (item.deleted) continue
    if (content instanceof Y.ContentFormat) {
      attrs = withAttr(attrs, content.key, content.value)
      formats.push(item)
    } else if (item.countable) {
      const values: unknown[] = content.getContent()
      for (let offset = 0; offset < values.length; offset++) {
        const before = offset === 0 && formats.length > 0 ? formats : NO_FORMATS
        units.push({ item, offset, value: values[offset], attrs, formats: before })
      }
      if (formats.length > 0) formats = []
    }
  }
  return units
}

function withAttr(attrs: Attrs, key: string, value: unknown): Attrs {
  const next: Record<string, unknown> = { ...attrs }
  if (value === null) delete next[key]
  else next[key] = value
  return next
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

/** Characters with the same formats insert as one string; embeds go one at a time. */
function sameText(a: Unit, b: Unit): boolean {
  return typeof a.value === 'string' && typeof b.value === 'string' && deepEqual(a.attrs, b.attrs)
}

/** Characters of text in a unit: a character, or a Y type's subtree. */
function textLength(value: unknown): number {
  if (typeof value === 'string') return value.length
  if (value instanceof Y.Text) {
    return readUnits(value).filter((unit) => typeof unit.value === 'string').length
  }
  if (value instanceof Y.XmlFragment) {
    return value.toArray().reduce((sum, child) => sum + textLength(child), 0)
  }
  return 0
}

/**
 * A copy of a version's value for the room. Y types are rebuilt rather than `.clone()`d, because
 * clone shares the version's plain objects and drops an XmlText's own attributes.
 */
function copyValue(value: unknown): unknown {
  if (value instanceof Y.Doc) return new Y.Doc({ guid: value.guid })
  if (!isShared(value)) return structuredClone(value)
  if (value instanceof Y.XmlHook) return value.clone()
  if (value instanceof Y.Text) return copyText(value)
  if (value instanceof Y.XmlFragment) {
    const isElement = value instanceof Y.XmlElement
    const copy = isElement ? new Y.XmlElement(value.nodeName) : new Y.XmlFragment()
    if (isElement && copy instanceof Y.XmlElement) {
      for (const [key, attr] of Object.entries(value.getAttributes())) {
        setKey(copy, key, copyValue(attr))
      }
    }
    copy.insert(
      0,
      value.toArray().map((child) => copyValue(child) as XmlChild)
    )
    return copy
  }
  if (value instanceof Y.Map) {
    const map = new Y.Map<unknown>()
    value.forEach((entry: unknown, key) => map.set(key, copyValue(entry)))
    return map
  }
  const array = new Y.Array<unknown>()
  array.insert(0, value.toArray().map(copyValue))
  return array
}

function copyText(value: Y.Text): Y.Text {
  const text = value instanceof Y.XmlText ? new Y.XmlText() : new Y.Text()
  const delta = (value.toDelta() as { insert: unknown; attributes?: Attrs }[]).map((op) => ({
    insert: typeof op.insert === 'string' ? op.insert : copyValue(op.insert),
    ...(op.attributes ? { attributes: structuredClone(op.attributes) } : {})
  }))
  text.applyDelta(delta)
  if (value instanceof Y.XmlText) {
    for (const [key, attr] of Object.entries(value.getAttributes())) {
      text.setAttribute(key, copyValue(attr))
    }
  }
  return text
}

function isShared(value: unknown): value is SharedType {
  const types = [Y.Text, Y.XmlFragment, Y.Array, Y.Map]
  return types.some((type) => value instanceof type)
}

/**
 * Equal as a reader sees them. Y types with different ids count too: a restored copy must match
 * its original, or restoring the same version twice would replace everything again.
 */
function sameContent(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || typeof b !== 'object') return a === b
  return deepEqual(contentView(a), contentView(b))
}

/** Plain data for comparing; a Y type's class heads its view, which no plain value can match. */
function contentView(value: unknown): unknown {
  if (!isShared(value)) return value
  const views = (values: unknown[]): unknown[] => values.map(contentView)
  const entries = (from: Iterable<[string, unknown]>): Record<string, unknown> =>
    Object.fromEntries([...from].map(([key, entry]) => [key, contentView(entry)]))
  const head = [value.constructor]
  if (value instanceof Y.Map) return [...head, entries(value.entries())]
  if (value instanceof Y.Array) return [...head, views(value.toArray())]
  if (value instanceof Y.Text) {
    // Runs of equal formats, so texts that differ only in where their delta ops split still match.
    const units = textRuns(readUnits(value))
    return value instanceof Y.XmlText
      ? [...head, units, entries(Object.entries(value.getAttributes()))]
      : [...head, units]
  }
  const children = views(value.toArray())
  if (value instanceof Y.XmlElement) {
    return [...head, value.nodeName, entries(Object.entries(value.getAttributes())), children]
  }
  return [...head, children]
}

function textRuns(units: readonly Unit[]): unknown[] {
  const runs: [unknown, Attrs][] = []
  for (const { value, attrs } of units) {
    const last = runs[runs.length - 1]
    const text = last?.[0]
    const joins = typeof text === 'string' && typeof value === 'string'
    if (last && joins && (last[1] === attrs || deepEqual(last[1], attrs))) last[0] = text + value
    else runs.push([contentView(value), attrs])
  }
  return runs
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (a instanceof Uint8Array || b instanceof Uint8Array) {
    const same = a instanceof Uint8Array && b instanceof Uint8Array && a.length === b.length
    return same && a.every((byte, i) => byte === b[i])
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const aRecord = a as Record<string, unknown>
  const bRecord = b as Record<string, unknown>
  const keys = Object.keys(aRecord)
  if (keys.length !== Object.keys(bRecord).length) return false
  return keys.every((key) => key in bRecord && deepEqual(aRecord[key], bRecord[key]))
}
