/** The value of a Result the test expects to succeed; a refusal fails the test with its message. */
import type { Result } from '../../src/core/claims/result'

/** `result.value`, or a thrown Error carrying the refusal's message. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.message)
  return result.value
}
