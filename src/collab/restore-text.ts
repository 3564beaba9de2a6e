/**
 * The write side of a version restore (see version-restore.ts) that needs Yjs internals: text
 * typed back with the version's formats, the format and op-bound fix-ups of kept text, and exact
 * copies of version values, whose texts are rebuilt item by item.
 */
import * as Y from 'yjs'
import { deepEqual, isShared, NO_ATTRS, readUnits, type Attrs, type Unit } from './restore-compare'

/** The Y types with keys: maps, and the attributes of XML nodes. */
export type KeyedType = Y.Map<unknown> | Y.XmlElement | Y.XmlText
/** What an XML element or fragment holds. */
export type XmlChild = Y.XmlElement | Y.XmlText

/** What an item holds (Yjs does not export AbstractContent by name). */
type ItemContent = Y.Item['content']

/** A copied text still empty, and the version text it is to read like once it is in the room. */
type Fill = readonly [copy: Y.Text, original: Y.Text]

/**
 * Puts exact copies of version values into the room: `insert` places them, then the copied
 * texts are filled, which needs them integrated. Copies read exactly like their originals, delta
 * op bounds included, so nothing needs to diff them afterwards.
 */
export function insertCopies(
  values: readonly unknown[],
  insert: (copies: unknown[]) => void,
  transaction: Y.Transaction
): void {
  const fills: Fill[] = []
  insert(values.map((value) => copyValue(value, fills)))
  for (let fill = fills.pop(); fill; fill = fills.pop()) fillText(fill, fills, transaction)
}

/**
 * Inserts runs of equal formatting. The attributes are always passed, even when empty: without
 * them Yjs gives new text the formats at the insertion point, such as the claim mark before it.
 */
export function insertTextUnits(
  text: Y.Text,
  index: number,
  units: readonly Unit[],
  transaction: Y.Transaction
): void {
  let start = 0
  while (start < units.length) {
    const first = units[start] as Unit
    let chars = ''
    let end = start
    for (; end < units.length && sameText(first, units[end] as Unit); end++) {
      chars += units[end]?.value as string
    }
    const attrs = structuredClone(first.attrs) as Record<string, unknown>
    const at = index + start
    const embed = ([copy]: unknown[]): void => text.insertEmbed(at, copy as object, attrs)
    if (chars) text.insert(at, chars, attrs)
    else insertCopies([first.value], embed, transaction)
    start = Math.max(end, start + 1)
  }
}

/** Characters with the same formats insert as one string; embeds go one at a time. */
function sameText(a: Unit, b: Unit): boolean {
  return typeof a.value === 'string' && typeof b.value === 'string' && deepEqual(a.attrs, b.attrs)
}

/** Gives every character the version's formats; null in a format call removes one. */
export function syncFormats(text: Y.Text, want: readonly Unit[]): void {
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
export function syncOpBounds(
  text: Y.Text,
  want: readonly Unit[],
  transaction: Y.Transaction
): void {
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
      const format = new Y.ContentFormat(key, structuredClone(value))
      left = integrateItem(transaction, text, left, right, format)
    }
  }
}

/** Integrates new content between `left` and `right`, as Yjs's own inserts do. */
function integrateItem(
  transaction: Y.Transaction,
  parent: Y.Text,
  left: Y.Item | null,
  right: Y.Item | null,
  content: ItemContent
): Y.Item {
  const { clientID, store } = transaction.doc
  const id = Y.createID(clientID, Y.getState(store, clientID))
  const item = new Y.Item(
    id,
    left,
    left?.lastId ?? null,
    right,
    right?.id ?? null,
    parent,
    null,
    content
  )
  item.integrate(transaction, 0)
  return item
}

/**
 * Appends the original's live items to the empty copy one by one: its format items too, even
 * the no-op ones, which the public API (applyDelta, format) cannot write. Adjacent characters go
 * in one item; how items split does not show.
 */
function fillText([copy, original]: Fill, fills: Fill[], transaction: Y.Transaction): void {
  let left: Y.Item | null = null
  let chars = ''
  const append = (content: ItemContent): void => {
    if (chars) left = integrateItem(transaction, copy, left, null, new Y.ContentString(chars))
    chars = ''
    left = integrateItem(transaction, copy, left, null, content)
  }
  for (let item = original._start; item !== null; item = item.right) {
    const { content } = item
    if (item.deleted) continue
    if (content instanceof Y.ContentString) chars += content.str
    else if (content instanceof Y.ContentFormat) {
      append(new Y.ContentFormat(content.key, clonePlain(content.value) as object))
    } else if (content instanceof Y.ContentEmbed) {
      append(new Y.ContentEmbed(clonePlain(content.embed) as object))
    } else if (content instanceof Y.ContentType) {
      append(new Y.ContentType(copyValue(content.type, fills) as Y.AbstractType<unknown>))
    }
  }
  if (chars) integrateItem(transaction, copy, left, null, new Y.ContentString(chars))
}

/**
 * A copy of a version's value for the room. Y types are rebuilt rather than `.clone()`d, because
 * clone shares the version's plain objects and drops an XmlText's own attributes. A text is
 * copied empty and listed in `fills`, to be filled once it is in the room.
 */
function copyValue(value: unknown, fills: Fill[]): unknown {
  if (value instanceof Y.Doc) return new Y.Doc({ guid: value.guid })
  if (!isShared(value)) return clonePlain(value)
  if (value instanceof Y.XmlHook) return value.clone()
  if (value instanceof Y.Text) {
    const text = value instanceof Y.XmlText ? new Y.XmlText() : new Y.Text()
    if (value instanceof Y.XmlText && text instanceof Y.XmlText) {
      for (const [key, attr] of Object.entries(value.getAttributes())) {
        text.setAttribute(key, copyValue(attr, fills))
      }
    }
    fills.push([text, value])
    return text
  }
  if (value instanceof Y.XmlFragment) {
    const isElement = value instanceof Y.XmlElement
    const copy = isElement ? new Y.XmlElement(value.nodeName) : new Y.XmlFragment()
    if (isElement && copy instanceof Y.XmlElement) {
      for (const [key, attr] of Object.entries(value.getAttributes())) {
        setKey(copy, key, copyValue(attr, fills))
      }
    }
    copy.insert(
      0,
      value.toArray().map((child) => copyValue(child, fills) as XmlChild)
    )
    return copy
  }
  if (value instanceof Y.Map) {
    const map = new Y.Map<unknown>()
    value.forEach((entry: unknown, key) => map.set(key, copyValue(entry, fills)))
    return map
  }
  const array = new Y.Array<unknown>()
  array.insert(
    0,
    value.toArray().map((entry) => copyValue(entry, fills))
  )
  return array
}

/**
 * Plain data, copied so that room and version never share an object. Yjs stores only JSON-like
 * values and byte arrays; copying them by hand is several times faster than structuredClone.
 */
function clonePlain(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value
  if (value instanceof Uint8Array) return value.slice()
  if (Array.isArray(value)) return value.map(clonePlain)
  // fromEntries defines own properties, so a key named __proto__ stays a key.
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, clonePlain(entry)]))
}

/** Sets one key of a map or one attribute of an XML node. */
export function setKey(type: KeyedType, key: string, value: unknown): void {
  if (type instanceof Y.Map) type.set(key, value)
  // y-prosemirror stores any JSON node attribute; Yjs only types the default as string.
  else if (type instanceof Y.XmlElement) type.setAttribute(key, value as string)
  else type.setAttribute(key, value)
}
