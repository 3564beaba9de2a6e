import { useId, useState, type FormEvent } from 'react'
import type { Claim } from '../../../core/claims/claim'
import type { LibrarySource } from '../../../core/claims/source-library'
import type { Result } from '../../../core/claims/result'
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
  const mayCheck = useAccess().can('check')
  const listId = useId()
  const [input, setInput] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const byId = new Map(library.map((source) => [source.id, source]))

  const handleSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault()
    const result = onAttach(input)
    setMessage(result.ok ? null : result.message)
    if (result.ok) setInput('')
  }
  const handleRemove = (sourceId: string): void => {
    const result = onDetach(sourceId)
    setMessage(result.ok ? null : result.message)
  }

  return (
    <div className="detail-block">
      <h4>Sources of this claim</h4>
      {claim.sourceIds.length === 0 ? (
        <p className="flag">No source</p>
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
                    {id} (not in the library)
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
                    Remove
                  </button>
                )}
              </li>
            )
          })}
        </ul>
      )}
      {mayCheck && (
        <form className="detail-row" onSubmit={handleSubmit}>
          <Field label="Source">
            {(id) => (
              <input
                id={id}
                list={listId}
                value={input}
                onChange={(event) => setInput(event.target.value)}
                placeholder="Library name or https:// link"
              />
            )}
          </Field>
          <datalist id={listId}>
            {library.map((source) => (
              <option key={source.id} value={source.name} />
            ))}
          </datalist>
          <button type="submit">Add source</button>
        </form>
      )}
      {message && (
        <p role="alert" className="error">
          {message}
        </p>
      )}
    </div>
  )
}
