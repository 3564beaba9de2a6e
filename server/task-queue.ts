/** Runs async tasks one after another, in the order they were queued. */
export class TaskQueue {
  private tail: Promise<unknown> = Promise.resolve()

  /** Queues `task` after every task queued before it; a failed task does not stop the queue. */
  run<T>(task: () => T | Promise<T>): Promise<T> {
    const result = this.tail.then(task)
    this.tail = result.catch(() => undefined)
    return result
  }
}
