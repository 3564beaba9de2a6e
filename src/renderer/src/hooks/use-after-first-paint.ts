/** Holding back work that can wait until the screen has been drawn once. */
import { useEffect, useState } from 'react'

/** Hidden windows draw no frames; past this, the work goes ahead without waiting for one. */
const HIDDEN_FALLBACK_MS = 500

/**
 * False on mount and until the browser has painted the frame after it, then true for good.
 * Lets a component that is not needed to start reading or typing (the claims side panel) do its
 * heavy first render after the editor is on screen and editable, instead of before.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    const handlePainted = (): void => setPainted(true)
    let afterFrame: ReturnType<typeof setTimeout> | undefined
    // A task queued from an animation frame runs once that frame is drawn.
    const frame = requestAnimationFrame(() => {
      afterFrame = setTimeout(handlePainted, 0)
    })
    const fallback = setTimeout(handlePainted, HIDDEN_FALLBACK_MS)
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(afterFrame)
      clearTimeout(fallback)
    }
  }, [])
  return painted
}
