import { useId, type ReactNode } from 'react'

/** Props for Field. */
export interface FieldProps {
  readonly label: string
  /** The control, given the id its label points at. */
  readonly children: (id: string) => ReactNode
  readonly className?: string
}

/**
 * A label beside its control, joined by `htmlFor`. A label wrapped around a select or a text
 * field would make the control's value part of its accessible name ("Assign to Bob").
 */
export function Field({ label, children, className }: FieldProps) {
  const id = useId()
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  )
}
