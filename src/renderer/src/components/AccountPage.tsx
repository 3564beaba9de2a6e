import { useState } from 'react'
import type { Message } from '../../../core/i18n/message'
import type { FormEvent } from 'react'
import type { SessionMember } from '../account-api'
import { changePassword } from '../account-api'
import { useServices } from '../services'
import { useText } from '../i18n/use-text'
import { Field } from './Field'

/** Props for AccountPage. */
export interface AccountPageProps {
  readonly serverUrl: string
  readonly member: SessionMember
  readonly onBack: () => void
}

/** The signed-in member's account: who they are, and changing their password. */
export function AccountPage({ serverUrl, member, onBack }: AccountPageProps) {
  const { fetchFn } = useServices()
  const { t, text } = useText()
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  // The outcome: changed, or the server's refusal.
  const [outcome, setOutcome] = useState<{ changed: true } | { refusal: Message } | null>(null)

  const handleSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault()
    const result = await changePassword(fetchFn, serverUrl, current, next)
    setOutcome(result.ok ? { changed: true } : { refusal: result.reason })
    if (result.ok) {
      setCurrent('')
      setNext('')
    }
  }

  return (
    <main className="page">
      <header className="start-header">
        <button type="button" onClick={onBack}>
          {t('app.room.rooms')}
        </button>
        <h1>{t('app.account.heading')}</h1>
        <p>
          {t('app.account.identity', {
            name: member.name,
            email: member.email,
            role: t(`common.role.${member.role}`)
          })}
        </p>
      </header>
      <section className="card" aria-labelledby="password-heading">
        <h2 id="password-heading">{t('app.account.passwordHeading')}</h2>
        <form onSubmit={(event) => void handleSubmit(event)}>
          <Field label={t('app.account.currentPassword')}>
            {(id) => (
              <input
                id={id}
                type="password"
                autoComplete="current-password"
                value={current}
                onChange={(event) => setCurrent(event.target.value)}
                required
              />
            )}
          </Field>
          <Field label={t('app.account.newPassword')}>
            {(id) => (
              <input
                id={id}
                type="password"
                autoComplete="new-password"
                minLength={10}
                value={next}
                onChange={(event) => setNext(event.target.value)}
                required
              />
            )}
          </Field>
          <button type="submit" className="primary">
            {t('app.account.changePassword')}
          </button>
        </form>
        {outcome &&
          ('changed' in outcome ? (
            <p role="status">{t('app.account.passwordChanged')}</p>
          ) : (
            <p role="alert" className="error">
              {text(outcome.refusal)}
            </p>
          ))}
      </section>
    </main>
  )
}
