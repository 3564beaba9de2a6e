import { useState } from 'react'
import type { FormEvent } from 'react'
import type { SessionMember } from '../account-api'
import { changePassword } from '../account-api'
import { useServices } from '../services'
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
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)

  const handleSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault()
    const result = await changePassword(fetchFn, serverUrl, current, next)
    setMessage(
      result.ok
        ? { text: 'Password changed. Your other sessions were signed out.', error: false }
        : { text: result.message, error: true }
    )
    if (result.ok) {
      setCurrent('')
      setNext('')
    }
  }

  return (
    <main className="page">
      <header className="start-header">
        <button type="button" onClick={onBack}>
          Rooms
        </button>
        <h1>Account</h1>
        <p>
          {member.name} &lt;{member.email}&gt;, {member.role}
        </p>
      </header>
      <section className="card" aria-labelledby="password-heading">
        <h2 id="password-heading">Change password</h2>
        <form onSubmit={(event) => void handleSubmit(event)}>
          <Field label="Current password">
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
          <Field label="New password">
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
            Change password
          </button>
        </form>
        {message && (
          <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error' : ''}>
            {message.text}
          </p>
        )}
      </section>
    </main>
  )
}
