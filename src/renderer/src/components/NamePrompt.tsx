import { useId, useState } from 'react'
import type { FormEvent } from 'react'
import { normalizeReviewerName, REVIEWER_NAME_MAX_LENGTH } from '../../../core/reviewer'

/** Props for NamePrompt. */
export interface NamePromptProps {
  readonly initialName?: string
  /** Why the name is asked for, shown under the heading. */
  readonly purpose: string
  readonly onSubmit: (name: string) => void
  readonly onCancel?: () => void
}

/** Asks the reviewer for the name other reviewers will see on their caret. */
export function NamePrompt({ initialName = '', purpose, onSubmit, onCancel }: NamePromptProps) {
  const [draft, setDraft] = useState(initialName)
  const [error, setError] = useState<string | null>(null)
  const inputId = useId()

  const handleSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault()
    const name = normalizeReviewerName(draft)
    if (!name) {
      setError(`Enter a name of 1 to ${REVIEWER_NAME_MAX_LENGTH} characters.`)
      return
    }
    onSubmit(name)
  }

  return (
    <main className="page page--narrow">
      <h1>Claimdesk</h1>
      <form className="card" onSubmit={handleSubmit} noValidate>
        <h2>Who is reviewing?</h2>
        <p className="muted">{purpose}</p>
        <label htmlFor={inputId}>Your name</label>
        <input
          id={inputId}
          value={draft}
          autoFocus
          autoComplete="name"
          maxLength={REVIEWER_NAME_MAX_LENGTH * 2}
          aria-invalid={error ? true : undefined}
          onChange={(event) => setDraft(event.target.value)}
        />
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary">
            Continue
          </button>
          {onCancel && (
            <button type="button" onClick={onCancel}>
              Cancel
            </button>
          )}
        </div>
      </form>
    </main>
  )
}
