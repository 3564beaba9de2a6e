/** Polling helpers: wait for a condition without asserting how long it takes. */

/** Resolves once `condition` returns true; rejects with `message` after `timeoutMs`. */
export async function waitFor(
  condition: () => boolean,
  message: string | (() => string),
  timeoutMs = 10_000
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out: ${typeof message === 'string' ? message : message()}`)
    }
    await delay(10)
  }
}

/** Resolves after `ms` milliseconds. */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** Like `waitFor`, for a condition that has to be checked asynchronously (e.g. over HTTP). */
export async function waitForAsync(
  condition: () => Promise<boolean>,
  message: string,
  timeoutMs = 10_000
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out: ${message}`)
    await delay(10)
  }
}
