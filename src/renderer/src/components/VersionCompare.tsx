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
        <TextColumn title="This version" comparison={comparison} shows="removed" />
        <TextColumn title="Now" comparison={comparison} shows="added" />
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

/** One side of the text: the stretches both share, and those only this side has, marked. */
function TextColumn({
  title,
  comparison,
  shows
}: {
  title: string
  comparison: VersionComparison
  shows: 'removed' | 'added'
}) {
  const Mark = shows === 'removed' ? 'del' : 'ins'
  return (
    <div>
      <h4>{title}</h4>
      {/* It scrolls, and has nothing focusable inside: keyboard users reach it by Tab. */}
      <p className="version-compare__text" tabIndex={0}>
        {comparison.text.map((stretch, index) =>
          stretch.kind === 'same' ? (
            <span key={index}>{stretch.text}</span>
          ) : stretch.kind === shows ? (
            <Mark key={index}>{stretch.text}</Mark>
          ) : null
        )}
      </p>
    </div>
  )
}
