/** What the reviewer typed into a claim's "Source" field: a library source, a new link, or neither. */
import { message, type Message } from '../../../core/i18n/message'
import {
  sourceIdForUrl,
  validateNewSource,
  type LibrarySource
} from '../../../core/claims/source-library'

/** The decision for one typed value. */
export type SourceChoice =
  | { readonly kind: 'library'; readonly source: LibrarySource }
  | { readonly kind: 'new-link'; readonly url: string }
  | { readonly kind: 'refused'; readonly reason: Message }

/** A library source by name (any case) or by link; otherwise a link to add, if it may be one. */
export function chooseSource(input: string, library: readonly LibrarySource[]): SourceChoice {
  const typed = input.trim()
  if (typed.length === 0) return { kind: 'refused', reason: message('claim.refusal.pickSource') }
  const byName = library.find((source) => source.name.toLowerCase() === typed.toLowerCase())
  if (byName) return { kind: 'library', source: byName }
  const id = sourceIdForUrl(typed)
  const byLink = id === null ? undefined : library.find((source) => source.id === id)
  if (byLink) return { kind: 'library', source: byLink }
  // The same checks the library applies, so the reviewer hears why before anything is written.
  const checked = validateNewSource({ name: '', url: typed }, library)
  if (checked.ok) return { kind: 'new-link', url: typed }
  const looksLikeLink = /^[a-z][a-z0-9+.-]*:/i.test(typed)
  return {
    kind: 'refused',
    reason: looksLikeLink ? checked.reason : message('claim.refusal.noSuchSource', { name: typed })
  }
}
