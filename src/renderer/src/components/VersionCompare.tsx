import { useEffect, useId, useMemo, useState } from 'react'
import type { Message } from '../../../core/i18n/message'
import { Trans } from 'react-i18next'
import type * as Y from 'yjs'
import type { Claim } from '../../../core/claims/claim'
import {
  compareVersion,
  isUnchanged,
  type VersionComparison
} from '../../../core/record/version-compare'
import { readPlainText } from '../../../collab/briefing-doc'
import { fetchVersion, type VersionContent, type VersionView } from '../record-api'
import { useText } from '../i18n/use-text'
import { useServices } from '../services'
import { translator } from '../../../core/i18n/translator'

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
  const { t, text, locale } = useText()
  const { fetchFn } = useServices()
  const [content, setContent] = useState<VersionContent | null>(null)
  const [refusal, setRefusal] = useState<Message | null>(null)
  useEffect(() => {
    let current = true
    void fetchVersion(fetchFn, serverUrl, room, version.id).then((result) => {
      if (!current) return
      setContent(result.ok ? result.value : null)
      setRefusal(result.ok ? null : result.reason)
    })
    return () => {
      current = false
    }
  }, [fetchFn, serverUrl, room, version.id])
  const comparison = useMemo(
    () =>
      content
        ? compareVersion(content, { text: readPlainText(doc), claims }, translator(locale))
        : null,
    [content, doc, claims, locale]
  )
  return (
    <section className="version-compare" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('panel.compare.heading', { title })}</h3>
      <button type="button" onClick={onClose}>
        {t('panel.compare.close')}
      </button>
      {content === null && refusal === null && (
        <p className="muted">{t('panel.compare.opening')}</p>
      )}
      {refusal && <p className="muted">{text(refusal)}</p>}
      {comparison && <ComparisonView comparison={comparison} />}
    </section>
  )
}

function ComparisonView({ comparison }: { comparison: VersionComparison }) {
  const { t } = useText()
  if (isUnchanged(comparison)) return <p>{t('panel.compare.same')}</p>
  const quoted = { q: <q /> }
  return (
    <>
      <div className="version-compare__columns">
        <TextColumn
          title={t('panel.compare.thisVersion')}
          comparison={comparison}
          shows="removed"
        />
        <TextColumn title={t('panel.compare.now')} comparison={comparison} shows="added" />
      </div>
      <h4>{t('panel.compare.claimChanges')}</h4>
      <ul>
        {comparison.removedClaims.map((claim) => (
          <li key={`r-${claim.id}`}>
            <Trans
              t={t}
              i18nKey="panel.compare.onlyThen"
              values={{ quote: claim.quote }}
              components={quoted}
            />
          </li>
        ))}
        {comparison.addedClaims.map((claim) => (
          <li key={`a-${claim.id}`}>
            <Trans
              t={t}
              i18nKey="panel.compare.addedSince"
              values={{ quote: claim.quote }}
              components={quoted}
            />
          </li>
        ))}
        {comparison.changedClaims.map((change) => (
          <li key={`c-${change.id}`}>
            <Trans
              t={t}
              i18nKey="panel.compare.changed"
              values={{
                quote: change.quote,
                differences: change.differences.join(t('panel.compare.differenceSeparator'))
              }}
              components={quoted}
            />
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
