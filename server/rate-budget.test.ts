import { describe, expect, it } from 'vitest'
import { RateBudget } from './rate-budget'

describe('RateBudget', () => {
  it('allows a burst up to its capacity, then refills at its rate', () => {
    let now = 0
    const budget = new RateBudget(10, 20, () => now)
    for (let i = 0; i < 20; i++) expect(budget.take(1)).toBe(true)
    expect(budget.take(1)).toBe(false)
    now = 500
    for (let i = 0; i < 5; i++) expect(budget.take(1)).toBe(true)
    expect(budget.take(1)).toBe(false)
  })

  it('spends nothing on a refused take, and never refills past capacity', () => {
    let now = 0
    const budget = new RateBudget(100, 50, () => now)
    expect(budget.take(60)).toBe(false)
    expect(budget.take(50)).toBe(true)
    now = 60_000
    expect(budget.take(51)).toBe(false)
    expect(budget.take(50)).toBe(true)
  })
})
