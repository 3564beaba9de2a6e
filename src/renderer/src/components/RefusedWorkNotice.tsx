/** Props for RefusedWorkNotice. */
export interface RefusedWorkNoticeProps {
  readonly refused: { readonly count: number; readonly reason: string }
  /** Opens the export of this device's version of the room, refused work included. */
  readonly onExport: () => void
}

/**
 * The server refused some of this device's changes (a role lowered while offline, say). They
 * stay in this device's copy, never shared and never silently dropped; exporting keeps them.
 */
export function RefusedWorkNotice({ refused, onExport }: RefusedWorkNoticeProps) {
  const what = refused.count === 1 ? 'one of your changes' : `${refused.count} of your changes`
  return (
    <aside role="alert" className="notice" aria-label="Refused changes">
      <p>
        The server refused {what}: {refused.reason}.
      </p>
      <p>
        They are kept on this device and not shared. Export this device’s version to keep them as a
        file.
      </p>
      <button type="button" onClick={onExport}>
        Export this device’s version…
      </button>
    </aside>
  )
}
