import { useId } from 'react'
import { characterCount } from '../../../core/claims/limits'
import { useText } from '../i18n/use-text'
import { Field } from './Field'

/** Props for LimitedText. */
export interface LimitedTextProps {
  readonly label: string
  readonly value: string
  readonly limit: number
  readonly onChange: (value: string) => void
  readonly onBlur?: () => void
  readonly rows?: number
}

/** A labelled text area with a character counter that says so, visibly, once over the limit. */
export function LimitedText({ label, value, limit, onChange, onBlur, rows = 3 }: LimitedTextProps) {
  const { t } = useText()
  const counterId = useId()
  const count = characterCount(value)
  const over = count > limit
  return (
    <div className="limited-text">
      <Field label={label}>
        {(id) => (
          <textarea
            id={id}
            value={value}
            rows={rows}
            aria-describedby={counterId}
            aria-invalid={over || undefined}
            onChange={(event) => onChange(event.target.value)}
            onBlur={onBlur}
          />
        )}
      </Field>
      <p id={counterId} className={over ? 'counter counter--over' : 'counter muted'}>
        {over
          ? t('app.counter.over', { used: count, limit })
          : t('app.counter.within', { used: count, limit })}
      </p>
    </div>
  )
}
