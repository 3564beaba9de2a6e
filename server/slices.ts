/** Long work in slices: a generator driven to its end, yielding the event loop between slices. */

/** Longest stretch of work between two turns of the event loop. */
export const SLICE_MS = 10

/** Runs `steps` to the end, letting other rooms' work in after every SLICE_MS of it. */
export async function runInSlices<T>(steps: Generator<void, T>): Promise<T> {
  let sliceStart = performance.now()
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
    if (performance.now() - sliceStart >= SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve))
      sliceStart = performance.now()
    }
  }
}
