/** A token bucket: how much one connection may send per second, with a burst allowance. */

/** Refills `ratePerSecond` tokens a second up to `capacity`; `take` spends them. */
export class RateBudget {
  private tokens: number
  private refilledAt: number

  constructor(
    private readonly ratePerSecond: number,
    private readonly capacity: number,
    private readonly now: () => number = Date.now
  ) {
    this.tokens = capacity
    this.refilledAt = now()
  }

  /** Spends `amount` tokens at time `now`; false (spending nothing) when there are not enough. */
  take(amount: number, now: number = this.now()): boolean {
    const elapsed = Math.max(0, now - this.refilledAt) / 1000
    this.tokens = Math.min(this.capacity, this.tokens + elapsed * this.ratePerSecond)
    this.refilledAt = now
    if (amount > this.tokens) return false
    this.tokens -= amount
    return true
  }
}
