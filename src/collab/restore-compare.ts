/**
 * The read side of a version restore (see version-restore.ts): a type's visible units, what
 * changed since the version, and whether a type reads like its twin there.
 */
import * as Y from 'yjs'

/** The formats in effect at one character. */
export type Attrs = Readonly<Record<string, unknown>>
/** The Y types a room holds (the Xml ones extend these); AbstractType itself is invariant. */
export type SharedType = Y.Text | Y.XmlFragment | Y.Array<unknown> | Y.Map<unknown>

/** No formats. */
export const NO_ATTRS: Attrs = Object.freeze({})
const NO_FORMATS: readonly Y.Item[] = Object.freeze([])

/** One visible list element or text character: its item, its place in it, and its formats. */
export interface Unit {
  readonly item: Y.Item
  readonly offset: number
  readonly value: unknown
  readonly attrs: Attrs
  /** Live format items between the previous unit and this one; toDelta starts a new op there. */
  readonly formats: readonly Y.Item[]
}

/**
 * The visible units of a list or text. Yjs splits items when they are edited, so the version may
 * hold one item where the room holds three; giving each unit its own id (item clock + offset)
 * makes both sides comparable.
 */
export function readUnits(type: SharedType): Unit[] {
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

/** The room's types that changed since the version, or null when that is not known. */
export type Changes = ReadonlySet<SharedType> | null

/**
 * The room's types that changed since the version: the parents of every item created, deleted
 * (or, in a version from another history, kept) after it, and their ancestors. Null when the
 * room lacks some of the version's items: it does not descend from the version.
 */
export function changesSince(doc: Y.Doc, version: Y.Doc): Changes {
  for (const client of version.store.clients.keys()) {
    if (Y.getState(doc.store, client) < Y.getState(version.store, client)) return null
  }
  const deletedThen = Y.createDeleteSetFromStructStore(version.store).clients
  const changed = new Set<SharedType>()
  for (const [client, structs] of doc.store.clients) {
    const known = Y.getState(version.store, client)
    const deletes = deletedThen.get(client) ?? []
    for (const struct of structs) {
      // A collected struct's parent was deleted with it; the deleted Item above marks its parent.
      if (!(struct instanceof Y.Item)) continue
      const { clock } = struct.id
      const isNew = clock + struct.length > known
      const then = isNew ? -1 : deletedLength(deletes, clock, struct.length)
      if (then !== (struct.deleted ? struct.length : 0)) markChanged(struct.parent, changed)
    }
  }
  return changed
}

/** How much of [clock, clock + length) sorted, disjoint delete ranges cover. */
function deletedLength(
  deletes: readonly { clock: number; len: number }[],
  clock: number,
  length: number
): number {
  let [low, high] = [0, deletes.length]
  while (low < high) {
    const middle = (low + high) >> 1
    const range = deletes[middle] as { clock: number; len: number }
    if (range.clock + range.len <= clock) low = middle + 1
    else high = middle
  }
  let covered = 0
  for (let i = low; i < deletes.length; i++) {
    const range = deletes[i] as { clock: number; len: number }
    if (range.clock >= clock + length) break
    covered += Math.min(range.clock + range.len, clock + length) - Math.max(range.clock, clock)
  }
  return covered
}

function markChanged(parent: unknown, changed: Set<SharedType>): void {
  let type = isShared(parent) ? parent : null
  while (type !== null && !changed.has(type)) {
    changed.add(type)
    const above = type._item?.parent
    type = isShared(above) ? above : null
  }
}

/**
 * True when `current` already reads exactly like `target`, delta op bounds included, so a
 * restore can skip it. The version's own type (the same item, or the same root) does when
 * nothing in it changed since: Yjs never reuses an id, so it holds the same live items, and this
 * is known without reading a character. Any other twin (a copy an earlier restore made) is read.
 */
export function readsAlike(current: SharedType, target: SharedType, changes: Changes): boolean {
  const [have, want] = [current._item, target._item]
  const isTarget = have === null ? want === null : want !== null && Y.compareIDs(have.id, want.id)
  if (isTarget) return changes !== null && !changes.has(current)
  return sameValue(current, target, true)
}

/** True for the Y types a room holds; every subclass of AbstractType is one of them. */
export function isShared(value: unknown): value is SharedType {
  return value instanceof Y.AbstractType
}

/** Characters of text in a unit: a character, or a Y type's subtree. */
export function textLength(value: unknown): number {
  if (typeof value === 'string') return value.length
  if (value instanceof Y.Text) {
    let length = 0
    for (let item = value._start; item !== null; item = item.right) {
      if (!item.deleted && item.content instanceof Y.ContentString) length += item.length
    }
    return length
  }
  if (value instanceof Y.XmlFragment) {
    return value.toArray().reduce((sum, child) => sum + textLength(child), 0)
  }
  return 0
}

/**
 * Equal as a reader sees them, where delta ops split aside. Y types with different ids count
 * too: a restored copy must match its original, or restoring the same version twice would
 * replace everything again.
 */
export function sameContent(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || typeof b !== 'object') return a === b
  return sameValue(a, b, false)
}

/** Equal content; `exact` also compares where a text's delta ops split. */
function sameValue(a: unknown, b: unknown, exact: boolean): boolean {
  if (!isShared(a) || !isShared(b)) return !isShared(a) && !isShared(b) && deepEqual(a, b)
  if (a.constructor !== b.constructor || !sameEntryValues(a, b, exact)) return false
  if (a instanceof Y.XmlHook) return a.hookName === (b as Y.XmlHook).hookName
  if (a instanceof Y.Map) return true
  if (a instanceof Y.Text) return sameRuns(textRuns(a, exact), textRuns(b as Y.Text, exact), exact)
  if (a instanceof Y.XmlElement && a.nodeName !== (b as Y.XmlElement).nodeName) return false
  return sameList(a.toArray(), (b as ListLike).toArray(), exact)
}

type ListLike = Y.Array<unknown> | Y.XmlFragment

/** Live map entries, and XML attributes, equal by value. */
function sameEntryValues(a: SharedType, b: SharedType, exact: boolean): boolean {
  let live = 0
  for (const [key, item] of a._map) {
    if (item.deleted) continue
    const other = b._map.get(key)
    if (!other || other.deleted) return false
    if (!sameValue(lastValue(item), lastValue(other), exact)) return false
    live++
  }
  for (const item of b._map.values()) if (!item.deleted) live--
  return live === 0
}

function sameList(a: readonly unknown[], b: readonly unknown[], exact: boolean): boolean {
  return a.length === b.length && a.every((value, i) => sameValue(value, b[i], exact))
}

/** A map entry's value, read as Yjs itself reads it. */
export function lastValue(item: Y.Item): unknown {
  const values: unknown[] = item.content.getContent()
  return values[values.length - 1]
}

function sameRuns(
  a: readonly [unknown, Attrs][],
  b: readonly [unknown, Attrs][],
  exact: boolean
): boolean {
  if (a.length !== b.length) return false
  return a.every(([insert, attrs], i) => {
    const [other, otherAttrs] = b[i] ?? []
    return sameValue(insert, other, exact) && deepEqual(attrs, otherAttrs)
  })
}

interface DeltaOp {
  readonly insert: unknown
  readonly attributes?: Attrs
}

/**
 * A text as [insert, formats] runs. toDelta starts an op at every live format item, even one
 * that changes nothing; unless `exact`, runs of equal formats join.
 */
function textRuns(value: Y.Text, exact: boolean): [unknown, Attrs][] {
  const runs: [unknown, Attrs][] = []
  for (const { insert, attributes = NO_ATTRS } of value.toDelta() as DeltaOp[]) {
    const last = runs[runs.length - 1]
    const text = last?.[0]
    const joins = !exact && typeof text === 'string' && typeof insert === 'string'
    if (last && joins && deepEqual(last[1], attributes)) last[0] = text + insert
    else runs.push([insert, attributes])
  }
  return runs
}

/** Structural equality of plain data, byte arrays included. */
export function deepEqual(a: unknown, b: unknown): boolean {
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
