/** Work written as a generator of steps (so a server can slice it), run here in one go. */

/** Runs `steps` to the end and returns their result. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}
