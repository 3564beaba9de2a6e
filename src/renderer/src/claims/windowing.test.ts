import { describe, expect, it } from 'vitest'
import { scrollToShow, visibleRows } from './windowing'

describe('visibleRows', () => {
  it('renders the visible rows plus overscan', () => {
    expect(visibleRows(0, 300, 100, 5000, 2)).toEqual({ start: 0, end: 5 })
    expect(visibleRows(1050, 300, 100, 5000, 2)).toEqual({ start: 8, end: 16 })
  })

  it('stays within the list', () => {
    expect(visibleRows(499_900, 300, 100, 5000, 3)).toEqual({ start: 4996, end: 5000 })
    expect(visibleRows(-50, 300, 100, 2, 3)).toEqual({ start: 0, end: 2 })
    expect(visibleRows(0, 300, 100, 0, 3)).toEqual({ start: 0, end: 0 })
  })
})

describe('scrollToShow', () => {
  it('scrolls up or down just enough, and not at all when the row is visible', () => {
    expect(scrollToShow(2, 500, 300, 100)).toBe(200)
    expect(scrollToShow(10, 0, 300, 100)).toBe(800)
    expect(scrollToShow(1, 0, 300, 100)).toBeNull()
  })
})
