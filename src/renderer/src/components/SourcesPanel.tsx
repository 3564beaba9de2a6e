import type * as Y from 'yjs'
import { useSources } from '../hooks/use-sources'

/** Props for SourcesPanel. */
export interface SourcesPanelProps {
  readonly doc: Y.Doc
}

/** The room's sources, read-only, each opening in the system browser. */
export function SourcesPanel({ doc }: SourcesPanelProps) {
  const sources = useSources(doc)
  return (
    <section className="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      {sources.length === 0 ? (
        <p className="muted">This briefing cites no sources yet.</p>
      ) : (
        <ol>
          {sources.map((source) => (
            <li key={source.url}>
              <span className="source-name">{source.name}</span>
              <a href={source.url} target="_blank" rel="noreferrer noopener">
                {source.url}
              </a>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
