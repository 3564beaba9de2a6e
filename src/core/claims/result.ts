/** The outcome of validating or applying a change: a value, or a message a person can act on. */
export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string }

/** A successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

/** A refused result with a message meant for the reviewer, not for a log. */
export function refuse<T = never>(message: string): Result<T> {
  return { ok: false, message }
}
