import { useEffect, useId, useMemo, useState } from 'react'
import type * as Y from 'yjs'
import type { Claim } from '../../../core/claims/claim'
import {
  compareVersion,
  isUnchanged,
  type VersionComparison
} from '../../../core/record/version-compare'
import { readPlainText } from '../../../collab/briefing-doc'
import { fetchVersion, type VersionContent, type VersionView } from '../record-api'
import { useServices } from '../services'

/** Props for VersionCompare. */
export interface VersionCompareProps {
  readonly version: VersionView
  readonly title: string
  readonly serverUrl: string
  readonly room: string
  readonly doc: Y.Doc
  readonly claims: readonly Claim[]
  readonly onClose: () => void
}

/** One version opened read-only, side by side with the room now: its text and its claims. */
export function VersionCompare({
  version,
  title,
  serverUrl,
  room,
  doc,
  claims,
  onClose
}: VersionCompareProps) {
  const headingId = useId()
  const { fetchFn } = useServices()
  const [content, setContent] = useState<VersionContent | null>(null)
  const [message, setMessage] = useState<string | null>('Opening the version…')
  useEffect(() => {
    let current = true
    void fetchVersion(fetchFn, serverUrl, room, version.id).then((result) => {
      if (!current) return
      setContent(result.ok ? result.value : null)
      setMessage(result.ok ? null : result.message)
    })
    return () => {
      current = false
    }
  }, [fetchFn, serverUrl, room, version.id])
  const comparison = useMemo(
    () => (content ? compareVersion(content, { text: readPlainText(doc), claims }) : null),
    [content, doc, claims]
  )
  return (
    <section className="version-compare" aria-labelledby={headingId}>
      <h3 id={headingId}>Version: {title}</h3>
      <button type="button" onClick={onClose}>
        Close version
      </button>
      {message && <p className="muted">{message}</p>}
      {comparison && <ComparisonView comparison={comparison} />}
    </section>
  )
}

function ComparisonView({ comparison }: { comparison: VersionComparison }) {
  if (isUnchanged(comparison)) return <p>This version is the same as the room now.</p>
  return (
    <>
      <div className="version-compare__columns">
        <div>
          <h4>This version</h4>
          <p className="version-compare__text">
            {comparison.text.map((stretch, index) =>
              stretch.kind === 'added' ? null : stretch.kind === 'removed' ? (
                <del key={index}>{stretch.text}</del>
              ) : (
                <span key={index}>{stretch.text}</span>
              )
            )}
          </p>
        </div>
        <div>
          <h4>Now</h4>
          <p className="version-compare__text">
            {comparison.text.map((stretch, index) =>
              stretch.kind === 'removed' ? null : stretch.kind === 'added' ? (
                <ins key={index}>{stretch.text}</ins>
              ) : (
                <span key={index}>{stretch.text}</span>
              )
            )}
          </p>
        </div>
      </div>
      <h4>Claim changes</h4>
      <ul>
        {comparison.removedClaims.map((claim) => (
          <li key={`r-${claim.id}`}>
            Only in this version: <q>{claim.quote}</q>
          </li>
        ))}
        {comparison.addedClaims.map((claim) => (
          <li key={`a-${claim.id}`}>
            Added since: <q>{claim.quote}</q>
          </li>
        ))}
        {comparison.changedClaims.map((change) => (
          <li key={`c-${change.id}`}>
            <q>{change.quote}</q>: {change.differences.join('; ')}
          </li>
        ))}
      </ul>
    </>
  )
}
