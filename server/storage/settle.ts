/** Runs synchronous storage work and reports its outcome as a promise, so throws become rejections. */
export function settle<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work())
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)))
  }
}
