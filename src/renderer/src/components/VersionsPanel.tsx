import { useCallback, useId, useState, type FormEvent } from 'react'
import { Trans } from 'react-i18next'
import type { TFunction } from 'i18next'
import type * as Y from 'yjs'
import type { Claim } from '../../../core/claims/claim'
import { message, type Message } from '../../../core/i18n/message'
import { displayTime } from '../claims/presence-text'
import { useText } from '../i18n/use-text'
import { useRoomRecord } from '../hooks/use-room-record'
import { fetchVersions, restoreVersion, saveVersion, type VersionView } from '../record-api'
import { useAccess } from '../room-access'
import { useServices } from '../services'
import { Field } from './Field'
import { VersionCompare } from './VersionCompare'

/** Props for VersionsPanel. */
export interface VersionsPanelProps {
  readonly doc: Y.Doc
  readonly serverUrl: string
  readonly room: string
  readonly reviewerName: string
  /** The room's claims now, to compare a version with. */
  readonly claims: readonly Claim[]
}

/** What the panel last said: its own sentence, or the server's refusal. */
type Notice = Message

/** The "Versions" region: the room's versions, saving one, opening one, restoring one. */
export function VersionsPanel({ doc, serverUrl, room, reviewerName, claims }: VersionsPanelProps) {
  const headingId = useId()
  const { t, text, locale } = useText()
  const { fetchFn } = useServices()
  const access = useAccess()
  const load = useCallback(
    () => fetchVersions(fetchFn, serverUrl, room),
    [fetchFn, serverUrl, room]
  )
  const versions = useRoomRecord(doc, load)
  const [name, setName] = useState('')
  const [notice, setNotice] = useState<Notice | null>(null)
  const [openId, setOpenId] = useState<number | null>(null)

  const handleSave = (event: FormEvent): void => {
    event.preventDefault()
    void saveVersion(fetchFn, serverUrl, room, name, reviewerName).then((result) => {
      setNotice(result.ok ? message('panel.versions.saved', { name: name.trim() }) : result.reason)
      if (result.ok) setName('')
      versions.refresh()
    })
  }
  const handleRestore = (version: VersionView): void => {
    void restoreVersion(fetchFn, serverUrl, room, version.id, reviewerName).then((result) => {
      setNotice(
        result.ok
          ? message('panel.versions.restored', { title: titleMessage(version) })
          : result.reason
      )
      versions.refresh()
    })
  }
  const open = versions.value?.find((version) => version.id === openId) ?? null
  const shown = notice ?? versions.reason
  const said = shown ? text(shown) : null
  return (
    <section className="side-card versions" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('panel.versions.heading')}</h2>
      {access.can('check') && (
        <form className="inline" onSubmit={handleSave}>
          <Field label={t('panel.versions.nameLabel')}>
            {(id) => (
              <input
                id={id}
                value={name}
                maxLength={120}
                onChange={(e) => setName(e.target.value)}
              />
            )}
          </Field>
          <button type="submit" disabled={name.trim() === ''}>
            {t('panel.versions.save')}
          </button>
        </form>
      )}
      <p aria-live="polite" className="muted">
        {said}
      </p>
      {(versions.value ?? []).length === 0 ? (
        <p className="muted">{t('panel.versions.empty')}</p>
      ) : (
        <ol className="version-list">
          {(versions.value ?? []).slice(0, 100).map((version) => (
            <li key={version.id}>
              <span>
                <Trans
                  t={t}
                  i18nKey={version.takenBy ? 'panel.versions.entryBy' : 'panel.versions.entry'}
                  count={version.claims}
                  values={{
                    title: titleOf(version, t),
                    time: displayTime(version.takenAt, locale),
                    by: version.takenBy ?? ''
                  }}
                  components={{ strong: <strong />, time: <time dateTime={version.takenAt} /> }}
                />
              </span>
              <span className="inline">
                <button type="button" onClick={() => setOpenId(version.id)}>
                  {t('panel.versions.open')}
                </button>
                {access.can('edit') && (
                  <button type="button" onClick={() => handleRestore(version)}>
                    {t('panel.versions.restore')}
                  </button>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
      {open && (
        <VersionCompare
          version={open}
          title={titleOf(open, t)}
          serverUrl={serverUrl}
          room={room}
          doc={doc}
          claims={claims}
          onClose={() => setOpenId(null)}
        />
      )}
    </section>
  )
}

/** A version's name, or what kind of version it is when it has none. */
function titleOf(version: VersionView, t: TFunction): string {
  return version.name ?? t(`panel.versions.reason.${version.reason}`)
}

/** The same title kept as a message, so a sentence naming it follows a change of language. */
function titleMessage(version: VersionView): string | Message {
  return version.name ?? message(`panel.versions.reason.${version.reason}`)
}
