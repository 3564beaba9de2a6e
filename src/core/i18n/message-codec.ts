/**
 * Messages that arrive as data (a server's error answer, a refused update): read strictly, so
 * only a key this catalogue has, with only the values its English text names, is rendered.
 * Anything else is not a message, and the caller falls back to the English text it came with.
 */
import { en } from './catalogue/en'
import type { Message, MessageKey } from './message'

/** How deep messages may nest inside messages; the catalogue needs two. */
const MAX_DEPTH = 4
/** The longest text value accepted (a quoted claim, a member's name). */
const MAX_TEXT = 4000

type Tree = { readonly [key: string]: string | Tree }

/** The English text of `key` (a plural's `_other` form), or undefined when there is no such key. */
function englishText(key: string): string | undefined {
  const parts = key.split('.')
  const last = parts.pop()
  let node: string | Tree = en
  for (const part of parts) {
    if (typeof node === 'string' || !Object.hasOwn(node, part)) return undefined
    node = node[part] as string | Tree
  }
  if (typeof node === 'string' || last === undefined) return undefined
  for (const name of [last, `${last}_other`]) {
    const text = Object.hasOwn(node, name) ? node[name] : undefined
    if (typeof text === 'string') return text
  }
  return undefined
}

/** The names of the values a text interpolates (`{{name}}`, `{{count, number}}`). */
function placeholderNames(text: string): Set<string> {
  return new Set([...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((match) => match[1] ?? ''))
}

/** A message read from untrusted data, or null when it is not one this catalogue can render. */
export function decodeMessage(value: unknown, depth = 0): Message | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  const { key, values } = value as { key?: unknown; values?: unknown }
  if (typeof key !== 'string' || key.length > 200) return null
  const text = englishText(key)
  if (text === undefined) return null
  if (values === undefined) return { key: key as MessageKey }
  if (typeof values !== 'object' || values === null || Array.isArray(values)) return null
  // Only the text's own placeholders: any other name would reach i18next as an option (`lng`).
  const allowed = placeholderNames(text)
  const decoded: [string, string | number | Message][] = []
  for (const [name, item] of Object.entries(values)) {
    if (!allowed.has(name)) return null
    if (typeof item === 'string' && item.length <= MAX_TEXT) decoded.push([name, item])
    else if (typeof item === 'number' && Number.isFinite(item)) decoded.push([name, item])
    else {
      const nested = depth < MAX_DEPTH ? decodeMessage(item, depth + 1) : null
      if (!nested) return null
      decoded.push([name, nested])
    }
  }
  return { key: key as MessageKey, values: Object.fromEntries(decoded) }
}
