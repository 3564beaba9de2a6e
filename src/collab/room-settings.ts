/**
 * The room's settings in the room document: its review rules and the address of the article
 * its fact checks are published in. A rule nobody has set follows the server's default (the
 * second check is on for team servers), so rooms made before the rule exist keep working and
 * every replica reads the same rules once one is set.
 */
import type * as Y from 'yjs'
import type { Result } from '../core/claims/result'
import type { ReviewRules } from '../core/claims/second-check'
import { articleUrlOf, validateArticleUrl } from '../core/export/article-url'
import { SETTINGS_FIELD } from './doc-layout'

/** Key of the second-check rule: true, false, or absent for the server's default. */
const SECOND_CHECK = 'secondCheck'

/** Key of the published article's address: an http(s) URL, or absent while there is none. */
const ARTICLE_URL = 'articleUrl'

/** The room's settings map. */
export function settingsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(SETTINGS_FIELD)
}

/** The room's rules: what is set in the room, else `defaults`. */
export function readReviewRules(doc: Y.Doc, defaults: ReviewRules): ReviewRules {
  const stored = settingsMap(doc).get(SECOND_CHECK)
  return { secondCheck: typeof stored === 'boolean' ? stored : defaults.secondCheck }
}

/** Switches the second check on or off for the room. */
export function setSecondCheck(doc: Y.Doc, on: boolean): void {
  settingsMap(doc).set(SECOND_CHECK, on)
}

/** Calls `onRules` now and whenever the room's rules change; returns unsubscribe. */
export function observeReviewRules(
  doc: Y.Doc,
  defaults: ReviewRules,
  onRules: (rules: ReviewRules) => void
): () => void {
  const map = settingsMap(doc)
  const handleChange = (): void => onRules(readReviewRules(doc, defaults))
  map.observe(handleChange)
  handleChange()
  return () => map.unobserve(handleChange)
}

/** The published article's address, or null while none is set (or the stored one is invalid). */
export function readArticleUrl(doc: Y.Doc): string | null {
  return articleUrlOf(settingsMap(doc).get(ARTICLE_URL))
}

/**
 * Sets the published article's address from what an editor typed (an empty field clears it);
 * refuses, changing nothing, an address that is not a plain http(s) URL.
 */
export function setArticleUrl(doc: Y.Doc, text: string): Result<string | null> {
  const checked = validateArticleUrl(text)
  if (!checked.ok) return checked
  const map = settingsMap(doc)
  if (checked.value === null) {
    if (map.has(ARTICLE_URL)) map.delete(ARTICLE_URL)
  } else if (map.get(ARTICLE_URL) !== checked.value) {
    map.set(ARTICLE_URL, checked.value)
  }
  return checked
}

/** Calls `onUrl` now and whenever the article's address changes; returns unsubscribe. */
export function observeArticleUrl(doc: Y.Doc, onUrl: (url: string | null) => void): () => void {
  const map = settingsMap(doc)
  const handleChange = (event: Y.YMapEvent<unknown>): void => {
    if (event.keysChanged.has(ARTICLE_URL)) onUrl(readArticleUrl(doc))
  }
  map.observe(handleChange)
  onUrl(readArticleUrl(doc))
  return () => map.unobserve(handleChange)
}
