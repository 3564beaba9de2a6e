import { useId, useState, type FormEvent } from 'react'
import type { Claim } from '../../../core/claims/claim'
import type { LibrarySource } from '../../../core/claims/source-library'
import type { Result } from '../../../core/claims/result'
import type { Message } from '../../../core/i18n/message'
import { useText } from '../i18n/use-text'
import { useAccess } from '../room-access'
import { Field } from './Field'

/** Props for ClaimSourcesSection. */
export interface ClaimSourcesSectionProps {
  readonly claim: Claim
  readonly library: readonly LibrarySource[]
  readonly onAttach: (input: string) => Result<unknown>
  readonly onDetach: (sourceId: string) => Result<unknown>
}

/** The claim's cited sources, and a field to cite one from the library or a new link. */
export function ClaimSourcesSection({
  claim,
  library,
  onAttach,
  onDetach
}: ClaimSourcesSectionProps) {
  const { t, text } = useText()
  const mayCheck = useAccess().can('check')
  const listId = useId()
  const [input, setInput] = useState('')
  const [refusal, setRefusal] = useState<Message | null>(null)
  const byId = new Map(library.map((source) => [source.id, source]))

  const handleSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault()
    const result = onAttach(input)
    setRefusal(result.ok ? null : result.reason)
    if (result.ok) setInput('')
  }
  const handleRemove = (sourceId: string): void => {
    const result = onDetach(sourceId)
    setRefusal(result.ok ? null : result.reason)
  }

  return (
    <div className="detail-block">
      <h4>{t('panel.claimSources.heading')}</h4>
      {claim.sourceIds.length === 0 ? (
        <p className="flag">{t('panel.claimSources.noSource')}</p>
      ) : (
        <ul className="claim-sources">
          {claim.sourceIds.map((id) => {
            const source = byId.get(id)
            return (
              <li key={id}>
                {source ? (
                  <a
                    id={`${listId}-${id}`}
                    href={source.url}
                    target="_blank"
                    rel="noreferrer noopener"
                  >
                    {source.name}
                  </a>
                ) : (
                  <span id={`${listId}-${id}`} className="muted">
                    {t('panel.claimSources.notInLibrary', { id })}
                  </span>
                )}
                {/* Named by its visible label; which source it removes is its description. */}
                {mayCheck && (
                  <button
                    type="button"
                    className="link-button"
                    aria-describedby={`${listId}-${id}`}
                    onClick={() => handleRemove(id)}
                  >
                    {t('panel.claimSources.remove')}
                  </button>
                )}
              </li>
            )
          })}
        </ul>
      )}
      {mayCheck && (
        <form className="detail-row" onSubmit={handleSubmit}>
          <Field label={t('panel.claimSources.label')}>
            {(id) => (
              <input
                id={id}
                list={listId}
                value={input}
                onChange={(event) => setInput(event.target.value)}
                placeholder={t('panel.claimSources.placeholder')}
              />
            )}
          </Field>
          <datalist id={listId}>
            {library.map((source) => (
              <option key={source.id} value={source.name} />
            ))}
          </datalist>
          <button type="submit">{t('panel.claimSources.add')}</button>
        </form>
      )}
      {refusal && (
        <p role="alert" className="error">
          {text(refusal)}
        </p>
      )}
    </div>
  )
}
