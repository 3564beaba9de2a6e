/**
 * The room's activity or versions from the server, read again shortly after the room changes
 * (the server writes both as it stores updates), so the panels follow the room live.
 */
import { useCallback, useEffect, useState } from 'react'
import type * as Y from 'yjs'
import type { Message } from '../../../core/i18n/message'
import type { ApiResult } from '../account-api'

/** How long after a change the record is read again; a burst of typing costs one request. */
const REFRESH_AFTER_MS = 1500

/** What a panel shows: the latest answer, or why there is none, and a way to ask again. */
export interface RecordState<T> {
  readonly value: T | null
  /** Why there is no answer, in the reader's language once rendered. */
  readonly reason: Message | null
  readonly refresh: () => void
}

/** Calls `load` now, after every change of `doc` (debounced) and on `refresh`. */
export function useRoomRecord<T>(
  doc: Y.Doc,
  load: (() => Promise<ApiResult<T>>) | null
): RecordState<T> {
  const [value, setValue] = useState<T | null>(null)
  const [reason, setReason] = useState<Message | null>(null)
  const [asked, setAsked] = useState(0)
  const refresh = useCallback(() => setAsked((count) => count + 1), [])
  useEffect(() => {
    if (!load) return
    let current = true
    void load().then((result) => {
      if (!current) return
      if (result.ok) setValue(result.value)
      setReason(result.ok ? null : result.reason)
    })
    return () => {
      current = false
    }
  }, [load, asked])
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const handleUpdate = (): void => {
      clearTimeout(timer)
      timer = setTimeout(refresh, REFRESH_AFTER_MS)
    }
    doc.on('update', handleUpdate)
    return () => {
      clearTimeout(timer)
      doc.off('update', handleUpdate)
    }
  }, [doc, refresh])
  return { value, reason, refresh }
}
