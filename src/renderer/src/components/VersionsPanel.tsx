import { useCallback, useId, useState, type FormEvent } from 'react'
import type * as Y from 'yjs'
import type { Claim } from '../../../core/claims/claim'
import { displayTime } from '../claims/presence-text'
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

const REASONS: Readonly<Record<VersionView['reason'], string>> = {
  auto: 'Automatic',
  named: 'Saved by hand',
  'before-deletion': 'Before a large deletion',
  'before-restore': 'Before a restore'
}

/** The "Versions" region: the room's versions, saving one, opening one, restoring one. */
export function VersionsPanel({ doc, serverUrl, room, reviewerName, claims }: VersionsPanelProps) {
  const headingId = useId()
  const { fetchFn } = useServices()
  const access = useAccess()
  const load = useCallback(
    () => fetchVersions(fetchFn, serverUrl, room),
    [fetchFn, serverUrl, room]
  )
  const versions = useRoomRecord(doc, load)
  const [name, setName] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const [openId, setOpenId] = useState<number | null>(null)

  const handleSave = (event: FormEvent): void => {
    event.preventDefault()
    void saveVersion(fetchFn, serverUrl, room, name, reviewerName).then((result) => {
      setMessage(result.ok ? `Saved “${name.trim()}”.` : result.message)
      if (result.ok) setName('')
      versions.refresh()
    })
  }
  const handleRestore = (version: VersionView): void => {
    void restoreVersion(fetchFn, serverUrl, room, version.id, reviewerName).then((result) => {
      setMessage(result.ok ? `Restored ${titleOf(version)}.` : result.message)
      versions.refresh()
    })
  }
  const open = versions.value?.find((version) => version.id === openId) ?? null
  return (
    <section className="side-card versions" aria-labelledby={headingId}>
      <h2 id={headingId}>Versions</h2>
      {access.can('check') && (
        <form className="inline" onSubmit={handleSave}>
          <Field label="Version name">
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
            Save version
          </button>
        </form>
      )}
      <p aria-live="polite" className="muted">
        {message ?? versions.message}
      </p>
      {(versions.value ?? []).length === 0 ? (
        <p className="muted">No versions yet.</p>
      ) : (
        <ol className="version-list">
          {(versions.value ?? []).slice(0, 100).map((version) => (
            <li key={version.id}>
              <span>
                <strong>{titleOf(version)}</strong>{' '}
                <time dateTime={version.takenAt}>{displayTime(version.takenAt)}</time>
                {version.takenBy && ` · ${version.takenBy}`} · {version.claims} claims
              </span>
              <span className="inline">
                <button type="button" onClick={() => setOpenId(version.id)}>
                  Open
                </button>
                {access.can('edit') && (
                  <button type="button" onClick={() => handleRestore(version)}>
                    Restore
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
          title={titleOf(open)}
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

function titleOf(version: VersionView): string {
  return version.name ?? REASONS[version.reason]
}
