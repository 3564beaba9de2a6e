/** The export gate of a live room, recomputed shortly after each change while the dialog is open. */
import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { readExportGate, type ExportContext, type ExportGate } from '../export/export-gate'

// Reading a large room takes a while; a burst of keystrokes recomputes once.
const RECOMPUTE_AFTER_MS = 250

/** The gate as of the last change to `doc` (at most RECOMPUTE_AFTER_MS old). */
export function useExportGate(doc: Y.Doc, context: ExportContext): ExportGate {
  const [gate, setGate] = useState(() => readExportGate(doc, context))
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const handleUpdate = (): void => {
      clearTimeout(timer)
      timer = setTimeout(() => setGate(readExportGate(doc, context)), RECOMPUTE_AFTER_MS)
    }
    doc.on('update', handleUpdate)
    return () => {
      doc.off('update', handleUpdate)
      clearTimeout(timer)
    }
  }, [doc, context])
  return gate
}
