import { memo, useId, useMemo } from 'react'
import type { Claim } from '../../../core/claims/claim'
import {
  citedSources,
  claimsWithoutSource,
  type LibrarySource
} from '../../../core/claims/source-library'
import { useText } from '../i18n/use-text'

/** Props for SourcesPanel. */
export interface SourcesPanelProps {
  readonly library: readonly LibrarySource[]
  readonly claims: readonly Claim[]
}

/**
 * The "Sources" region: the room's library, how often each source is cited, and what is unbacked.
 * Both figures walk every claim, so they are worked out only when the claims or the library change.
 */
export const SourcesPanel = memo(function SourcesPanel({ library, claims }: SourcesPanelProps) {
  const headingId = useId()
  const { t } = useText()
  const sources = useMemo(() => citedSources(library, claims), [library, claims])
  const unbacked = useMemo(() => claimsWithoutSource(claims, library).length, [claims, library])
  return (
    <section className="side-card sources" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('panel.library.heading')}</h2>
      {unbacked > 0 && <p className="flag">{t('panel.library.unbacked', { count: unbacked })}</p>}
      {sources.length === 0 ? (
        <p className="muted">{t('panel.library.empty')}</p>
      ) : (
        <ol>
          {sources.map((source) => (
            <li key={source.id}>
              <span className="source-name">{source.name}</span>
              <a href={source.url} target="_blank" rel="noreferrer noopener">
                {source.url}
              </a>
              {source.citedBy.length === 0 ? (
                <span className="flag">{t('panel.library.notCited')}</span>
              ) : (
                <span className="muted source-citations">
                  {t('panel.library.citedBy', { count: source.citedBy.length })}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
})
