/** Reading one line of a briefing's sources section. */
import type { SourceEntry } from './briefing'
import { message, type Message } from './i18n/message'

/** The outcome of reading one source line: a source, or the reason it is not one. */
export type SourceLineResult =
  | { readonly ok: true; readonly source: SourceEntry }
  | { readonly ok: false; readonly reason: Message }

const LIST_MARKER = /^\s*(?:[-*•+]|\d{1,3}[.)])\s+/
const MARKDOWN_LINK = /^\[([^\]]+)\]\(([^)\s]+)\)\s*$/
const NAME_URL = /^(.+?)\s*(?::|\s[–—-])\s*(\S+)\s*$/

/** Parses an absolute http(s) URL, or returns null. */
export function parseHttpUrl(text: string): URL | null {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return null
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : null
}

/** Name shown for a bare URL: its host without a leading "www.". */
function nameFromUrl(url: URL): string {
  return url.hostname.replace(/^www\./, '')
}

function fromNameAndUrl(name: string, rawUrl: string): SourceLineResult {
  const url = parseHttpUrl(rawUrl)
  if (!url) return { ok: false, reason: message('importing.sourceLine.notHttp', { url: rawUrl }) }
  const cleanName = name.trim().replace(/\*\*/g, '')
  return { ok: true, source: { name: cleanName || nameFromUrl(url), url: url.href } }
}

/**
 * Reads `- Name: URL`, `1. Name – URL`, `[Name](URL)` or a bare URL.
 * Anything else is refused with a reason rather than guessed at.
 */
export function parseSourceLine(line: string): SourceLineResult {
  const body = line.replace(LIST_MARKER, '').trim()
  if (!body) return { ok: false, reason: message('importing.sourceLine.empty') }
  const link = MARKDOWN_LINK.exec(body)
  if (link) return fromNameAndUrl(link[1] ?? '', link[2] ?? '')
  if (!/\s/.test(body)) {
    const url = parseHttpUrl(body)
    if (url) return { ok: true, source: { name: nameFromUrl(url), url: url.href } }
    return { ok: false, reason: message('importing.sourceLine.notHttp', { url: body }) }
  }
  // The URL itself contains ":" so match the separator that precedes the last token.
  const named = NAME_URL.exec(body)
  if (named && /^[a-z][a-z0-9+.-]*:/i.test(named[2] ?? '')) {
    return fromNameAndUrl(named[1] ?? '', named[2] ?? '')
  }
  return { ok: false, reason: message('importing.sourceLine.noUrl') }
}
