import { useCallback, useId, useMemo, useState } from 'react'
import { message } from '../../../core/i18n/message'
import type * as Y from 'yjs'
import type { ActivityEntry } from '../../../core/record/activity'
import { filterActivity } from '../../../core/record/activity'
import { describeActivity } from '../../../core/record/activity-text'
import { translator } from '../../../core/i18n/translator'
import { displayTime } from '../claims/presence-text'
import { useText } from '../i18n/use-text'
import { useRoomRecord, type RecordState } from '../hooks/use-room-record'
import { fetchActivity } from '../record-api'
import { useServices } from '../services'
import { Field } from './Field'

/** Props for ActivityPanel. */
export interface ActivityPanelProps {
  /** The room's activity, from useActivity. */
  readonly activity: RecordState<ActivityEntry[]>
  /** Shown with the room's claims' quotes in the claim filter. */
  readonly claimQuotes: ReadonlyMap<string, string>
}

/** The "Activity" region: what happened in the room, newest first, from the server's record. */
export function ActivityPanel({ activity, claimQuotes }: ActivityPanelProps) {
  const headingId = useId()
  const { t, text } = useText()
  const [actor, setActor] = useState('')
  const [claimId, setClaimId] = useState('')
  const entries = useMemo(() => activity.value ?? [], [activity.value])
  const actors = useMemo(() => [...new Set(entries.map((e) => e.actor))].sort(), [entries])
  const claimIds = useMemo(
    () => [...new Set(entries.flatMap((e) => (e.claimId ? [e.claimId] : [])))],
    [entries]
  )
  const shown = filterActivity(entries, {
    actor: actor || undefined,
    claimId: claimId || undefined
  })
  return (
    <section className="side-card activity" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('panel.activity.heading')}</h2>
      <div className="record-filters">
        <Field label={t('panel.activity.filterByMember')}>
          {(id) => (
            <select id={id} value={actor} onChange={(event) => setActor(event.target.value)}>
              <option value="">{t('panel.activity.everyone')}</option>
              {actors.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('panel.activity.filterByClaim')}>
          {(id) => (
            <select id={id} value={claimId} onChange={(event) => setClaimId(event.target.value)}>
              <option value="">{t('panel.activity.allClaims')}</option>
              {claimIds.map((idOfClaim) => (
                <option key={idOfClaim} value={idOfClaim}>
                  {shorten(claimQuotes.get(idOfClaim) ?? idOfClaim)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="button" onClick={activity.refresh}>
          {t('panel.activity.refresh')}
        </button>
      </div>
      {activity.reason && <p className="error">{text(activity.reason)}</p>}
      <ActivityList entries={shown} />
    </section>
  )
}

/** The room's activity, live. */
export function useActivity(
  doc: Y.Doc,
  serverUrl: string | null,
  room: string,
  allowed: boolean
): RecordState<ActivityEntry[]> {
  const { fetchFn } = useServices()
  const load = useCallback(
    () =>
      serverUrl
        ? fetchActivity(fetchFn, serverUrl, room)
        : Promise.resolve({ ok: false, reason: message('panel.activity.noServer') } as const),
    [fetchFn, serverUrl, room]
  )
  return useRoomRecord(doc, allowed ? load : null)
}

/** Entries as sentences with their times; at most the latest 200, the log can be long. */
export function ActivityList({ entries }: { entries: readonly ActivityEntry[] }) {
  const { t, locale } = useText()
  const tr = translator(locale)
  if (entries.length === 0) return <p className="muted">{t('panel.activity.empty')}</p>
  return (
    // It scrolls, and has nothing focusable inside: keyboard users reach it by Tab.
    <ol className="activity-list" tabIndex={0}>
      {entries.slice(0, 200).map((entry) => (
        <li key={entry.seq}>
          <time dateTime={entry.at}>{displayTime(entry.at, locale)}</time>{' '}
          {describeActivity(entry, tr)}
        </li>
      ))}
    </ol>
  )
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text
}
