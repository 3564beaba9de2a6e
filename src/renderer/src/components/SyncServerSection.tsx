import { useEffect, useId, useState } from 'react'
import type { FormEvent } from 'react'
import { Trans } from 'react-i18next'
import { messageOf } from '../hooks/use-server-url'
import type { ServerChoice, ServerChoiceControl, ServerChoiceRequest } from '../platform/platform'
import { useText } from '../i18n/use-text'
import { serverChoiceLabel } from './sync-server-label'

/** Props for SyncServerSection. */
export interface SyncServerSectionProps {
  readonly control: ServerChoiceControl
}

/** Desktop only: shows which sync server the app uses and switches to a team server or back. */
export function SyncServerSection({ control }: SyncServerSectionProps) {
  const { t } = useText()
  const [choice, setChoice] = useState<ServerChoice | null>(null)
  const [draft, setDraft] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const inputId = useId()
  const headingId = useId()

  useEffect(() => {
    let current = true
    control
      .getServerChoice()
      .then((found) => current && setChoice(found))
      .catch((failure: unknown) => current && setError(messageOf(failure)))
    return () => {
      current = false
    }
  }, [control])

  const choose = (request: ServerChoiceRequest): void => {
    setError(null)
    setBusy(true)
    control
      .chooseServer(request)
      // On success the window loads the chosen server's app; re-read in case nothing changed.
      .then(async (outcome) => {
        if (!outcome.ok) throw new Error(outcome.message)
        setChoice(await control.getServerChoice())
      })
      .catch((failure: unknown) => setError(messageOf(failure)))
      .finally(() => setBusy(false))
  }

  const handleConnect = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault()
    choose({ kind: 'team', url: draft })
  }

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('app.syncServer.heading')}</h2>
      <p>
        {choice ? (
          <Trans
            i18nKey="app.syncServer.current"
            components={{ server: <strong>{serverChoiceLabel(choice, t)}</strong> }}
          />
        ) : (
          t('app.syncServer.checking')
        )}
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {busy && (
        <p role="status" className="muted">
          {t('app.syncServer.connecting')}
        </p>
      )}
      <form onSubmit={handleConnect} noValidate>
        <label htmlFor={inputId}>{t('app.syncServer.address')}</label>
        <div className="inline">
          <input
            id={inputId}
            value={draft}
            placeholder={t('app.syncServer.addressExample')}
            spellCheck={false}
            autoComplete="off"
            inputMode="url"
            onChange={(event) => setDraft(event.target.value)}
          />
          <button type="submit" disabled={busy}>
            {t('app.syncServer.connect')}
          </button>
        </div>
      </form>
      {choice?.kind === 'team' && (
        <div className="actions">
          <button type="button" disabled={busy} onClick={() => choose({ kind: 'this-computer' })}>
            {t('app.syncServer.useThisComputer')}
          </button>
        </div>
      )}
    </section>
  )
}
