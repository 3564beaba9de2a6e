import { useId, useState } from 'react'
import type { FormEvent } from 'react'
import { normalizeReviewerName, REVIEWER_NAME_MAX_LENGTH } from '../../../core/reviewer'
import { useText } from '../i18n/use-text'

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
  const { t } = useText()
  const [invalid, setInvalid] = useState(false)
  const inputId = useId()

  const handleSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault()
    const name = normalizeReviewerName(draft)
    if (!name) {
      setInvalid(true)
      return
    }
    onSubmit(name)
  }

  return (
    <main className="page page--narrow">
      <h1>{t('app.brand')}</h1>
      <form className="card" onSubmit={handleSubmit} noValidate>
        <h2>{t('app.name.heading')}</h2>
        <p className="muted">{purpose}</p>
        <label htmlFor={inputId}>{t('app.name.label')}</label>
        <input
          id={inputId}
          value={draft}
          autoFocus
          autoComplete="name"
          maxLength={REVIEWER_NAME_MAX_LENGTH * 2}
          aria-invalid={invalid ? true : undefined}
          onChange={(event) => setDraft(event.target.value)}
        />
        {invalid && (
          <p role="alert" className="error">
            {t('app.name.invalid', { max: REVIEWER_NAME_MAX_LENGTH })}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary">
            {t('app.name.continue')}
          </button>
          {onCancel && (
            <button type="button" onClick={onCancel}>
              {t('app.name.cancel')}
            </button>
          )}
        </div>
      </form>
    </main>
  )
}
