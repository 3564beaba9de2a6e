/**
 * The room's review rules in the room document. A rule nobody has set follows the server's
 * default (the second check is on for team servers), so rooms made before the rule exist keep
 * working and every replica reads the same rules once one is set.
 */
import type * as Y from 'yjs'
import type { ReviewRules } from '../core/claims/second-check'
import { SETTINGS_FIELD } from './doc-layout'

/** Key of the second-check rule: true, false, or absent for the server's default. */
const SECOND_CHECK = 'secondCheck'

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
