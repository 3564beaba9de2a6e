import { useEffect, useRef, useState, type ReactNode, type UIEvent } from 'react'
import { scrollToShow, visibleRows } from '../claims/windowing'

/** Props for VirtualList. */
export interface VirtualListProps<T> {
  readonly items: readonly T[]
  /** Every row is this tall, in CSS pixels; the row's content must fit. */
  readonly rowHeight: number
  /** The most the list is allowed to take up before it scrolls. */
  readonly maxHeight: number
  /** Rows rendered beyond each edge, so fast scrolling never shows a gap. */
  readonly overscan?: number
  /** Id of the element naming the list. */
  readonly labelledBy: string
  readonly itemKey: (item: T) => string
  readonly renderItem: (item: T) => ReactNode
  /** Index of a row to bring into view whenever it changes, e.g. the open claim's. */
  readonly revealIndex?: number
}

/**
 * A list that renders only the rows in view, so thousands of entries stay smooth. Screen readers
 * still hear the full length and each row's place through aria-setsize and aria-posinset.
 */
export function VirtualList<T>({
  items,
  rowHeight,
  maxHeight,
  overscan = 4,
  labelledBy,
  itemKey,
  renderItem,
  revealIndex = -1
}: VirtualListProps<T>) {
  const viewport = useRef<HTMLDivElement>(null)
  const [scrollTop, setScrollTop] = useState(0)
  const totalHeight = items.length * rowHeight
  const height = Math.min(maxHeight, totalHeight)
  const range = visibleRows(scrollTop, height, rowHeight, items.length, overscan)

  useEffect(() => {
    const element = viewport.current
    if (!element || revealIndex < 0) return
    const target = scrollToShow(revealIndex, element.scrollTop, element.clientHeight, rowHeight)
    if (target !== null) element.scrollTop = target
  }, [revealIndex, rowHeight])

  const handleScroll = (event: UIEvent<HTMLDivElement>): void =>
    setScrollTop(event.currentTarget.scrollTop)

  return (
    <div ref={viewport} className="virtual-list" style={{ height }} onScroll={handleScroll}>
      <div role="list" aria-labelledby={labelledBy} style={{ height: totalHeight }}>
        {items.slice(range.start, range.end).map((item, offset) => {
          const index = range.start + offset
          return (
            <div
              key={itemKey(item)}
              role="listitem"
              aria-setsize={items.length}
              aria-posinset={index + 1}
              className="virtual-list__row"
              style={{ top: index * rowHeight, height: rowHeight }}
            >
              {renderItem(item)}
            </div>
          )
        })}
      </div>
    </div>
  )
}
