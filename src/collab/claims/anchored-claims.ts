/**
 * Which claims still have their mark in the text. A claim whose text was deleted keeps its body
 * and shows as detached; this is how the UI tells the two apart without asking the editor.
 */
import * as Y from 'yjs'

/** The mark name the editor's claim extension registers. */
export const CLAIM_MARK_NAME = 'claim'

/**
 * Claim ids already read from a text, by text. Whoever holds one must drop a text's entry
 * whenever that text changes; texts that did not change are then not read again.
 */
export type TextClaimIdCache = WeakMap<Y.XmlText, readonly string[]>

/** Ids of the claims whose mark is on some text in `fragment`. */
export function anchoredClaimIds(
  fragment: Y.XmlFragment | Y.XmlElement,
  markName: string = CLAIM_MARK_NAME,
  cache?: TextClaimIdCache
): Set<string> {
  // Overlapping marks are stored by y-tiptap as "<name>--<8-char hash>" so each can coexist.
  const isClaimKey = new RegExp(`^${escapeRegExp(markName)}(--[a-zA-Z0-9+/=]{8})?$`)
  const ids = new Set<string>()
  const readText = (text: Y.XmlText): readonly string[] => {
    const cached = cache?.get(text)
    if (cached) return cached
    const found = markIds(text, isClaimKey)
    cache?.set(text, found)
    return found
  }
  collect(fragment, readText, ids)
  return ids
}

function collect(
  node: Y.XmlFragment | Y.XmlElement,
  readText: (text: Y.XmlText) => readonly string[],
  ids: Set<string>
): void {
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlText) readText(child).forEach((id) => ids.add(id))
    else if (child instanceof Y.XmlElement) collect(child, readText, ids)
  }
}

function markIds(text: Y.XmlText, isClaimKey: RegExp): string[] {
  const ops = text.toDelta() as { attributes?: Record<string, unknown> }[]
  return ops.flatMap((op) =>
    Object.entries(op.attributes ?? {}).flatMap(([key, value]) => {
      const id = isClaimKey.test(key) ? idOf(value) : null
      return id === null ? [] : [id]
    })
  )
}

function idOf(attrs: unknown): string | null {
  if (typeof attrs !== 'object' || attrs === null) return null
  const id = (attrs as { id?: unknown }).id
  return typeof id === 'string' ? id : null
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
