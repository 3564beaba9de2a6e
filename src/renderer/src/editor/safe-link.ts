/** Which link targets the briefing keeps: absolute http(s) and mailto only. */

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

/**
 * True for an absolute http(s) or mailto URL. Everything else (javascript:, data:, relative
 * paths that would resolve against the app itself) is dropped when text is pasted or loaded.
 */
export function isSafeLinkHref(href: string): boolean {
  // URL parsing strips the tabs and newlines browsers ignore, so "java\tscript:" is caught too.
  if (!URL.canParse(href.trim())) return false
  return SAFE_PROTOCOLS.has(new URL(href.trim()).protocol)
}
