import { useId, useState, type FormEvent } from 'react'
import type * as Y from 'yjs'
import { setArticleUrl } from '../../../collab/room-settings'
import type { Message } from '../../../core/i18n/message'
import { useArticleUrl } from '../hooks/use-article-url'
import { useText } from '../i18n/use-text'
import { useAccess } from '../room-access'
import { Field } from './Field'

/** What the last save came to. */
type Outcome = { readonly saved: true } | { readonly refusal: Message } | null

/**
 * The address of the article the room's fact checks are published in, which editors and
 * admins may set: every ClaimReview of the room links to it. Shared with the room.
 */
export function ArticleUrlField({ doc }: { doc: Y.Doc }) {
  const { t, text } = useText()
  const stored = useArticleUrl(doc)
  // Null until the editor types: until then the field follows what others set.
  const [draft, setDraft] = useState<string | null>(null)
  const [outcome, setOutcome] = useState<Outcome>(null)
  const hintId = useId()
  if (!useAccess().can('edit')) return null

  const handleSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault()
    const result = setArticleUrl(doc, draft ?? stored ?? '')
    if (!result.ok) return setOutcome({ refusal: result.reason })
    setDraft(null)
    setOutcome({ saved: true })
  }

  // noValidate: the core's check refuses in the app's language, the browser's in its own.
  return (
    <form className="article-url" noValidate onSubmit={handleSubmit}>
      <Field label={t('claimReview.articleUrl.label')}>
        {(id) => (
          <input
            id={id}
            type="url"
            inputMode="url"
            autoComplete="url"
            aria-describedby={hintId}
            value={draft ?? stored ?? ''}
            onChange={(event) => {
              setDraft(event.target.value)
              setOutcome(null)
            }}
          />
        )}
      </Field>
      <p id={hintId} className="muted">
        {t('claimReview.articleUrl.hint')}
      </p>
      <button type="submit">{t('claimReview.articleUrl.save')}</button>
      {outcome &&
        ('saved' in outcome ? (
          <p role="status">{t('claimReview.articleUrl.saved')}</p>
        ) : (
          <p role="alert" className="error">
            {text(outcome.refusal)}
          </p>
        ))}
    </form>
  )
}
