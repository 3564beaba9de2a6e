import { useAccess } from '../room-access'
import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { RoomConnection } from '../../../collab/room-connection'
import { draftBanner, type OpenCheck } from '../../../core/export/open-checks'
import { EXPORT_FORMATS, type ExportFormat } from '../export/export-formats'
import { exportRoom, type ExportContext } from '../export/export-gate'
import { messageOf } from '../hooks/use-server-url'
import { useExportGate } from '../hooks/use-export-gate'
import { useServices } from '../services'
import { APP_VERSION } from '../app-version'

// A room with thousands of open checks lists the first ones; the draft itself lists all.
const LISTED_CHECKS = 200

/** Props for ExportDialog. */
export interface ExportDialogProps {
  readonly connection: RoomConnection
  readonly room: string
  /** Opens a claim in the room view, so the reviewer can fix what the gate lists. */
  readonly onOpenClaim: (claimId: string) => void
  readonly onClose: () => void
}

/** The export gate and the export itself, as a modal dialog over the room. */
export function ExportDialog({ connection, room, onOpenClaim, onClose }: ExportDialogProps) {
  const { platform } = useServices()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const teamServer = useAccess().role !== null
  const context = useMemo<ExportContext>(
    () => ({
      room,
      appVersion: APP_VERSION,
      now: () => new Date().toISOString(),
      defaultRules: { secondCheck: teamServer }
    }),
    [room, teamServer]
  )
  const gate = useExportGate(connection.doc, context)
  const [format, setFormat] = useState<ExportFormat>('markdown')
  const [busy, setBusy] = useState(false)
  const [feedback, setFeedback] = useState<string | null>(null)

  // A layout effect, so the dialog closes while still in the document and the browser returns
  // focus to the control that opened it.
  useLayoutEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])

  const handleExport = (): void => {
    setBusy(true)
    setFeedback('Exporting…')
    // One task later, so "Exporting…" is on screen while a large room renders.
    setTimeout(() => {
      exportRoom(connection.doc, context, format, platform)
        .then(({ outcome, fileName }) =>
          setFeedback(outcomeText(outcome, fileName, format, platform.kind))
        )
        .catch((error: unknown) => setFeedback(`The export failed: ${messageOf(error)}`))
        .finally(() => setBusy(false))
    }, 0)
  }

  const handleOpenClaim = (claimId: string): void => {
    onOpenClaim(claimId)
    onClose()
  }

  return (
    <dialog
      ref={dialogRef}
      className="export-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: let React unmount the dialog rather than the browser closing it under React.
        event.preventDefault()
        onClose()
      }}
    >
      <h2 id={titleId}>Export verified draft</h2>
      {gate.kind === 'empty' ? (
        <p className="export-empty">{gate.message}</p>
      ) : (
        <>
          <FormatChoice format={format} onChange={setFormat} disabled={busy} />
          <OpenChecksList checks={gate.checks} onOpenClaim={handleOpenClaim} />
        </>
      )}
      <p aria-live="polite" className="export-feedback">
        {feedback}
      </p>
      <div className="export-actions">
        <button type="button" onClick={onClose}>
          {gate.kind === 'empty' ? 'Close' : 'Cancel'}
        </button>
        {gate.kind === 'ready' && (
          <button type="button" className="primary" onClick={handleExport} disabled={busy}>
            {gate.checks.length === 0 ? 'Export' : 'Export anyway'}
          </button>
        )}
      </div>
    </dialog>
  )
}

function FormatChoice({
  format,
  onChange,
  disabled
}: {
  format: ExportFormat
  onChange: (format: ExportFormat) => void
  disabled: boolean
}) {
  const legendId = useId()
  return (
    <fieldset role="radiogroup" aria-labelledby={legendId} className="export-formats">
      <legend id={legendId}>Format</legend>
      {EXPORT_FORMATS.map((entry) => (
        <label key={entry.format}>
          <input
            type="radio"
            name="export-format"
            value={entry.format}
            checked={entry.format === format}
            disabled={disabled}
            onChange={() => onChange(entry.format)}
          />
          {entry.label}
        </label>
      ))}
    </fieldset>
  )
}

function OpenChecksList({
  checks,
  onOpenClaim
}: {
  checks: readonly OpenCheck[]
  onOpenClaim: (claimId: string) => void
}) {
  const headingId = useId()
  return (
    <section aria-labelledby={headingId} className="export-checks">
      <h3 id={headingId}>Open checks</h3>
      {checks.length === 0 ? (
        <p>All claims verified — ready to export</p>
      ) : (
        <>
          <p>
            Exporting now marks the draft <strong>{draftBanner(checks)}</strong> and lists them in
            it.
          </p>
          <ul>
            {checks.slice(0, LISTED_CHECKS).map((check, index) => (
              <li key={`${check.kind}-${index}`}>
                {check.message}{' '}
                {check.kind !== 'uncited-source' && (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onOpenClaim(check.claimId)}
                  >
                    Open claim
                  </button>
                )}
              </li>
            ))}
          </ul>
          {checks.length > LISTED_CHECKS && (
            <p>…and {checks.length - LISTED_CHECKS} more, all listed in the exported draft.</p>
          )}
        </>
      )}
    </section>
  )
}

function outcomeText(
  outcome: 'saved' | 'cancelled',
  fileName: string,
  format: ExportFormat,
  host: 'electron' | 'browser'
): string {
  if (outcome === 'cancelled') return 'Export cancelled; nothing was saved.'
  if (host === 'electron') return `Saved ${fileName}.`
  return format === 'pdf'
    ? 'The print dialog opened: choose “Save as PDF” there.'
    : `Downloaded ${fileName}.`
}
