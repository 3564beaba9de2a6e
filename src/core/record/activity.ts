/**
 * The room's activity log. The server turns each accepted update into facts and stores them
 * append-only with who and when; everything the UI shows (grouped, filtered, as sentences, as
 * CSV) is derived from those entries here.
 */
import type { RoomChange } from '../access/update-policy'
import { decodeStatusChange } from '../claims/status-change-codec'

/** What an entry records. `version-saved` and `version-restored` carry `detail.name`. */
export type ActivityKind =
  | 'claim-tagged'
  | 'claim-deleted'
  | 'status-set'
  | 'claim-confirmed'
  | 'claim-sent-back'
  | 'source-attached'
  | 'source-detached'
  | 'statement-changed'
  | 'claimant-changed'
  | 'assignee-changed'
  | 'comment-added'
  | 'source-added'
  | 'source-removed'
  | 'briefing-imported'
  | 'annotations-imported'
  | 'text-edited'
  | 'version-saved'
  | 'version-restored'
  | 'rule-switched'

/** A value an entry's detail may hold: flat, so entries store and export as they are. */
export type ActivityValue = string | number | boolean | null

/** What happened, without who and when (the server adds those). */
export interface ActivityFact {
  readonly kind: ActivityKind
  readonly claimId?: string
  readonly detail: Readonly<Record<string, ActivityValue>>
}

/** One stored entry. */
export interface ActivityEntry extends ActivityFact {
  readonly seq: number
  /** ISO 8601 time on the server's clock. */
  readonly at: string
  /** The member's name. */
  readonly actor: string
}

type Detail = Record<string, ActivityValue>

/** Longest text an entry keeps: the log points at the claim or comment, it does not copy it. */
const MAX_TEXT = 200

/** What one update does, gathered by kind so the facts come out in one stable order. */
function emptyGathered() {
  return {
    created: new Set<string>(),
    deleted: new Set<string>(),
    insertedQuotes: new Map<string, string>(),
    deletedQuotes: new Map<string, string>(),
    // Facts about a claim's fields, in output order; a later set of the same field wins.
    status: [] as ActivityFact[],
    comments: [] as ActivityFact[],
    attached: new Map<string, ActivityFact>(),
    detached: new Map<string, ActivityFact>(),
    statements: new Map<string, ActivityFact>(),
    claimants: new Map<string, ActivityFact>(),
    assignees: new Map<string, ActivityFact>(),
    sourcesAdded: [] as ActivityFact[],
    sourcesRemoved: 0,
    imported: false,
    title: null as string | null,
    rules: new Map<string, ActivityFact>(),
    added: 0,
    removed: 0
  }
}

type Gathered = ReturnType<typeof emptyGathered>

/** The facts one update's changes record, in a stable order; unreadable parts are skipped. */
export function activityFacts(changes: readonly RoomChange[]): ActivityFact[] {
  const g = gather(changes)
  const detached = [...g.detached].filter(([key]) => !g.attached.has(key)).map(([, f]) => f)
  const facts: ActivityFact[] = [
    ...[...g.created].map((id) => claimFact('claim-tagged', id, g.insertedQuotes)),
    ...[...g.deleted].map((id) => claimFact('claim-deleted', id, g.deletedQuotes))
  ]
  // Deleting a claim deletes its children; a new claim's fields are part of tagging it.
  const about = (fact: ActivityFact, keepWhenCreated = false): boolean =>
    fact.claimId !== undefined &&
    !g.deleted.has(fact.claimId) &&
    (keepWhenCreated || !g.created.has(fact.claimId))
  facts.push(...g.status.filter((fact) => about(fact, true)))
  const fields = [
    g.comments,
    g.attached.values(),
    detached,
    g.statements.values(),
    g.claimants.values(),
    g.assignees.values()
  ]
  facts.push(...fields.flatMap((list) => [...list].filter((fact) => about(fact))))
  facts.push(...g.sourcesAdded)
  if (g.sourcesRemoved > 0) facts.push(fact('source-removed', { count: g.sourcesRemoved }))
  if (g.imported) facts.push(fact('briefing-imported', g.title === null ? {} : { title: g.title }))
  facts.push(...g.rules.values())
  // An import writes the whole text: that is the import, not an edit.
  if (!g.imported && (g.added > 0 || g.removed > 0)) {
    facts.push(fact('text-edited', { added: g.added, removed: g.removed }))
  }
  return facts
}

function gather(changes: readonly RoomChange[]): Gathered {
  const g = emptyGathered()
  for (const change of changes) {
    const [root, key, ...rest] = change.path
    const entry = key !== undefined && rest.length === 0 ? key : undefined
    if (root === 'claims' && key !== undefined) gatherClaim(g, change, key, rest)
    else if (root === 'sources' && entry !== undefined) gatherSource(g, change)
    else if (root === 'meta' && entry !== undefined) gatherMeta(g, change, entry)
    else if (root === 'settings' && entry !== undefined) gatherRule(g, change, entry)
    else if (root === 'document') gatherText(g, change)
  }
  return g
}

function gatherClaim(g: Gathered, change: RoomChange, id: string, rest: readonly string[]): void {
  const [field, key, ...deeper] = rest
  const insert = change.op === 'insert'
  if (field === undefined) {
    if (change.content === 'type') (insert ? g.created : g.deleted).add(id)
    return
  }
  if (deeper.length > 0) return
  if (field === 'sourceIds' && key !== undefined) {
    const sourceKey = JSON.stringify([id, key])
    if (insert) g.attached.set(sourceKey, fact('source-attached', { sourceId: key }, id))
    else g.detached.set(sourceKey, fact('source-detached', { sourceId: key }, id))
    return
  }
  const value = lastValue(change)
  if (!insert || change.content !== 'value') {
    // A deleted claim's quote comes with the deletion of its fields: the log keeps it.
    if (field === 'quote' && typeof value === 'string') g.deletedQuotes.set(id, value)
    // Clearing who made a claim deletes the field; naming someone else drops the old name too,
    // and then the new name (set before or after in the same update) is what is recorded.
    if (field === 'claimant' && key === undefined && !g.claimants.has(id)) {
      g.claimants.set(id, fact('claimant-changed', { claimant: null }, id))
    }
    return
  }
  const values = change.values ?? []
  if (field === 'history' && key === '*') g.status.push(...values.flatMap(statusFact(id)))
  if (field === 'comments' && key === '*') g.comments.push(...values.flatMap(commentFact(id)))
  if (key === undefined) gatherClaimValue(g, id, field, value)
}

function gatherClaimValue(g: Gathered, id: string, field: string, value: unknown): void {
  if (field === 'quote' && typeof value === 'string') g.insertedQuotes.set(id, value)
  if (field === 'statement' && typeof value === 'string') {
    g.statements.set(id, fact('statement-changed', { statement: shorten(value) }, id))
  }
  if (field === 'claimant' && typeof value === 'string') {
    g.claimants.set(id, fact('claimant-changed', { claimant: shorten(value) }, id))
  }
  if (field === 'assignee' && (typeof value === 'string' || value === null)) {
    g.assignees.set(id, fact('assignee-changed', { assignee: value }, id))
  }
}

/** What each stored `action` of a status change records; absent means a plain 'set'. */
const STATUS_KINDS: Readonly<Record<string, ActivityKind>> = {
  set: 'status-set',
  confirm: 'claim-confirmed',
  'send-back': 'claim-sent-back'
}

function statusFact(claimId: string): (value: unknown) => ActivityFact[] {
  return (value) => {
    const change = decodeStatusChange(value)
    if (change === null) return []
    const action = (value as { action?: unknown }).action ?? 'set'
    // An action this version does not know is unreadable, not a plain set: it may mean more.
    const kind = typeof action === 'string' ? STATUS_KINDS[action] : undefined
    if (kind === undefined) return []
    const { from, to, note, id } = change
    const detail = { from, to, note: note === undefined ? null : shorten(note), statusChangeId: id }
    return [fact(kind, detail, claimId)]
  }
}

function commentFact(claimId: string): (value: unknown) => ActivityFact[] {
  return (value) => {
    if (!isRecord(value)) return []
    const { id, parentId, text } = value
    if (typeof id !== 'string' || typeof text !== 'string') return []
    const detail = { commentId: id, text: shorten(text), reply: typeof parentId === 'string' }
    return [fact('comment-added', detail, claimId)]
  }
}

function gatherSource(g: Gathered, change: RoomChange): void {
  if (change.content !== 'value') return
  if (change.op === 'delete') {
    g.sourcesRemoved += change.length ?? change.values?.length ?? 1
    return
  }
  for (const value of change.values ?? []) {
    if (!isRecord(value) || typeof value.name !== 'string' || typeof value.url !== 'string') {
      continue
    }
    g.sourcesAdded.push(fact('source-added', { name: shorten(value.name), url: value.url }))
  }
}

function gatherMeta(g: Gathered, change: RoomChange, key: string): void {
  if (change.op !== 'insert' || change.content !== 'value') return
  const value = lastValue(change)
  if (key === 'importedAt') g.imported = true
  if (key === 'title' && typeof value === 'string') g.title = shorten(value)
}

function gatherRule(g: Gathered, change: RoomChange, rule: string): void {
  if (change.op !== 'insert' || change.content !== 'value') return
  const value = lastValue(change)
  if (isFlat(value)) g.rules.set(rule, fact('rule-switched', { rule, value }))
}

function gatherText(g: Gathered, change: RoomChange): void {
  // Tagging a claim marks the text without changing a character of it.
  if (change.content !== 'content') return
  if (change.op === 'insert') g.added += change.length ?? 0
  else g.removed += change.length ?? 0
}

function claimFact(
  kind: ActivityKind,
  claimId: string,
  quotes: ReadonlyMap<string, string>
): ActivityFact {
  const quote = quotes.get(claimId)
  return fact(kind, quote === undefined ? {} : { quote: shorten(quote) }, claimId)
}

function fact(kind: ActivityKind, detail: Detail, claimId?: string): ActivityFact {
  return claimId === undefined ? { kind, detail } : { kind, claimId, detail }
}

/** The value a map entry was set to: the last one, since a later set wins. */
function lastValue(change: RoomChange): unknown {
  const values = change.values ?? []
  return values[values.length - 1]
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isFlat(value: unknown): value is ActivityValue {
  if (typeof value === 'number') return Number.isFinite(value)
  return value === null || typeof value === 'string' || typeof value === 'boolean'
}

/** `text` cut to MAX_TEXT characters, counting code points so no emoji is split in half. */
function shorten(text: string): string {
  const chars = Array.from(text)
  return chars.length <= MAX_TEXT ? text : `${chars.slice(0, MAX_TEXT - 1).join('')}…`
}

/**
 * Newest first, with runs of typing folded: consecutive text edits by one member within one
 * UTC minute become one entry (the latest seq and time, summed counts, `detail.edits`).
 */
export function groupActivity(entries: readonly ActivityEntry[]): ActivityEntry[] {
  const grouped: ActivityEntry[] = []
  const edits = new Map<ActivityEntry, number>()
  for (const entry of [...entries].sort((a, b) => a.seq - b.seq)) {
    const last = grouped[grouped.length - 1]
    if (last === undefined || !sameTyping(last, entry)) {
      grouped.push(entry)
      continue
    }
    const count = (edits.get(last) ?? 1) + 1
    const added = numberIn(last, 'added') + numberIn(entry, 'added')
    const removed = numberIn(last, 'removed') + numberIn(entry, 'removed')
    const merged = { ...entry, detail: { ...entry.detail, added, removed, edits: count } }
    edits.set(merged, count)
    grouped[grouped.length - 1] = merged
  }
  return grouped.reverse()
}

function sameTyping(a: ActivityEntry, b: ActivityEntry): boolean {
  return (
    a.kind === 'text-edited' &&
    b.kind === 'text-edited' &&
    a.actor === b.actor &&
    a.at.slice(0, 16) === b.at.slice(0, 16)
  )
}

function numberIn(entry: ActivityEntry, key: string): number {
  const value = entry.detail[key]
  return typeof value === 'number' && Number.isFinite(value) ? value : 0
}

/** The entries, in their order, by `actor` and about `claimId` (each only when given). */
export function filterActivity(
  entries: readonly ActivityEntry[],
  { actor, claimId }: { readonly actor?: string; readonly claimId?: string }
): ActivityEntry[] {
  return entries.filter(
    (entry) =>
      (actor === undefined || entry.actor === actor) &&
      (claimId === undefined || entry.claimId === claimId)
  )
}

/**
 * The entries as CSV (RFC 4180, CRLF), detail as compact JSON. Hand-written: quoting one flat
 * table is ten lines, and a dependency would be more code to trust than it saves.
 */
export function activityCsv(entries: readonly ActivityEntry[]): string {
  const rows = entries.map((entry) => [
    String(entry.seq),
    entry.at,
    entry.actor,
    entry.kind,
    entry.claimId ?? '',
    JSON.stringify(entry.detail)
  ])
  const header = ['seq', 'at', 'actor', 'kind', 'claim', 'detail']
  return [header, ...rows].map((row) => row.map(csvCell).join(',') + '\r\n').join('')
}

function csvCell(value: string): string {
  // Names and ids come from clients; a spreadsheet would run a cell that starts like a formula.
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert
}
