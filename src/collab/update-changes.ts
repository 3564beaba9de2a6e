/**
 * Describes what a Yjs update would change in a room, without applying it:
 * every struct it adds and every struct it deletes, each with its place in
 * the room (see RoomChange in src/core/access/update-policy.ts). Places are
 * found through the update's own structs first, then through the room's
 * document. The description also names the Yjs client ids the update writes
 * new structs for, so that the server can check who they belong to.
 */
import * as Y from 'yjs'
import type { ChangeContent, RoomChange } from '../core/access/update-policy'

/** What an update would change. */
export interface UpdateChanges {
  readonly changes: readonly RoomChange[]
  /** Client ids the update adds structs for that the room does not have yet. */
  readonly writers: ReadonlySet<number>
}

type Struct = Y.Item | Y.GC | Y.Skip

/** A place that cannot be found: the update depends on changes nobody has sent. */
const UNKNOWN: readonly string[] = ['?']
/** Inside a type that was deleted and collected: nothing there can change any more. */
const COLLECTED: readonly string[] = ['~']

/** Lists what `update` would change in `doc`. Throws only for an update Yjs cannot decode. */
export function describeUpdate(doc: Y.Doc, update: Uint8Array): UpdateChanges {
  const { structs, ds } = Y.decodeUpdate(update)
  const known = (client: number): number => stateOf(doc, client)
  const own = new Map<number, Struct[]>()
  for (const struct of structs) {
    const list = own.get(struct.id.client)
    if (list) list.push(struct)
    else own.set(struct.id.client, [struct])
  }
  const places = new Map<object, readonly string[]>()

  /** The struct (of the update, else of the document) that holds `id`. */
  const find = (id: Y.ID): Struct | undefined => {
    if (id.clock < known(id.client)) {
      const list = doc.store.clients.get(id.client)
      return list ? list[Y.findIndexSS(list, id.clock)] : undefined
    }
    const list = own.get(id.client)
    return list?.find((s) => s.id.clock <= id.clock && id.clock < s.id.clock + s.length)
  }

  /** The path of the type an item lives in, plus its key in that type. */
  const placeOf = (item: Y.Item): readonly string[] => {
    const cached = places.get(item)
    if (cached) return cached
    const place = computePlace(item)
    places.set(item, place)
    return place
  }

  const computePlace = (item: Y.Item): readonly string[] => {
    const parent = item.parent as Y.AbstractType<unknown> | Y.ID | string | null
    let parentPath: readonly string[]
    let key = item.parentSub
    if (typeof parent === 'string') {
      parentPath = [parent]
    } else if (parent instanceof Y.ID) {
      parentPath = holderPath(find(parent))
    } else if (parent === null) {
      // Decoded without a parent: it lives where its left or right neighbour lives.
      const neighbourId = item.origin ?? item.rightOrigin
      const neighbour = neighbourId ? find(neighbourId) : undefined
      if (!(neighbour instanceof Y.Item)) return neighbour instanceof Y.GC ? COLLECTED : UNKNOWN
      const place = placeOf(neighbour)
      return place
    } else if (parent._item === null) {
      parentPath = [rootName(doc, parent) ?? '?']
    } else {
      parentPath = placeOf(parent._item)
    }
    if (parentPath === UNKNOWN || parentPath === COLLECTED) return parentPath
    key ??= '*'
    return [...parentPath, key]
  }

  /** The path inside the type a struct holds (a ContentType item), or why there is none. */
  const holderPath = (holder: Struct | undefined): readonly string[] => {
    if (holder instanceof Y.GC) return COLLECTED
    if (!(holder instanceof Y.Item)) return UNKNOWN
    if (!(holder.content instanceof Y.ContentType)) return UNKNOWN
    return placeOf(holder)
  }

  const changes: RoomChange[] = []
  const writers = new Set<number>()
  for (const struct of structs) {
    if (struct.id.clock + struct.length <= known(struct.id.client)) continue
    writers.add(struct.id.client)
    if (!(struct instanceof Y.Item)) continue
    const path = placeOf(struct)
    if (path === COLLECTED) continue
    // Yjs skips the part of a struct the room has already: it adds only the rest.
    const added =
      struct.id.clock + struct.length - Math.max(struct.id.clock, known(struct.id.client))
    changes.push(describeContent('insert', path, struct.content, added))
  }
  const deleted = (struct: Struct, stored: boolean, length: number): void => {
    // Deleting what is deleted already changes nothing.
    if (!(struct instanceof Y.Item) || (stored && struct.deleted)) return
    const path = placeOf(struct)
    if (path !== COLLECTED) changes.push(describeContent('delete', path, struct.content, length))
  }
  for (const [client, ranges] of ds.clients) {
    for (const { clock, len } of ranges) {
      const covered = forEachStruct(
        doc,
        own.get(client),
        client,
        clock,
        len,
        known(client),
        deleted
      )
      // The rest deletes what nobody has sent: Yjs would keep it pending.
      if (!covered) changes.push({ op: 'delete', path: UNKNOWN, content: 'content', length: len })
    }
  }
  return { changes, writers }
}

/**
 * Calls `visit` for each struct, stored or in the update, overlapping
 * [clock, clock + len), with the size of that overlap; false when part of the range lies
 * beyond both.
 */
function forEachStruct(
  doc: Y.Doc,
  own: readonly Struct[] | undefined,
  client: number,
  clock: number,
  len: number,
  known: number,
  visit: (struct: Struct, stored: boolean, overlap: number) => void
): boolean {
  const end = clock + len
  const overlap = (struct: Struct, from: number): number =>
    Math.min(end, struct.id.clock + struct.length) - Math.max(from, struct.id.clock)
  const stored = doc.store.clients.get(client)
  if (stored && clock < known) {
    for (let i = Y.findIndexSS(stored, clock); i < stored.length; i++) {
      const struct = stored[i] as Struct
      if (struct.id.clock >= end) break
      visit(struct, true, overlap(struct, clock))
    }
  }
  let reached = known
  for (const struct of own ?? []) {
    const structEnd = struct.id.clock + struct.length
    if (struct.id.clock < end && structEnd > Math.max(clock, known)) {
      visit(struct, false, overlap(struct, Math.max(clock, known)))
    }
    if (struct.id.clock <= reached) reached = Math.max(reached, structEnd)
  }
  return reached >= end
}

/** The clock up to which the document has the structs of `client`. */
function stateOf(doc: Y.Doc, client: number): number {
  const structs = doc.store.clients.get(client)
  const last = structs?.[structs.length - 1]
  return last ? last.id.clock + last.length : 0
}

function describeContent(
  op: 'insert' | 'delete',
  path: readonly string[],
  content: Y.Item['content'],
  length: number
): RoomChange {
  if (content instanceof Y.ContentFormat) {
    return { op, path, content: 'format', formatKey: content.key, length }
  }
  if (content instanceof Y.ContentAny) {
    return { op, path, content: 'value', values: content.arr, length }
  }
  if (content instanceof Y.ContentType) return { op, path, content: 'type', length }
  const kind: ChangeContent =
    content instanceof Y.ContentDoc || content instanceof Y.ContentBinary ? 'foreign' : 'content'
  return { op, path, content: kind, length }
}

const rootCache = new WeakMap<Y.Doc, Map<object, string>>()

/**
 * The name of a top-level type. Cached per document, and rebuilt on a miss: besides types
 * being added, `doc.getMap(name)` replaces a type first decoded from an update (a plain
 * AbstractType) by a new Y.Map object under the same name, so the cache can go stale
 * without the number of types changing.
 */
function rootName(doc: Y.Doc, type: object): string | undefined {
  const cached = rootCache.get(doc)
  const name = cached?.get(type)
  if (name !== undefined) return name
  const names = new Map<object, string>()
  doc.share.forEach((shared, key) => names.set(shared, key))
  rootCache.set(doc, names)
  return names.get(type)
}
