import { useAccess } from '../room-access'
import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { Trans } from 'react-i18next'
import type { RoomConnection } from '../../../collab/room-connection'
import { draftBanner, type OpenCheck } from '../../../core/export/open-checks'
import { LOCALES, type Locale } from '../../../core/i18n/locale'
import { translator } from '../../../core/i18n/translator'
import { exportClaimReviewFile } from '../export/claim-review-file'
import { EXPORT_FORMATS, formatLabel, type ExportFormat } from '../export/export-formats'
import { exportRoom, type ExportContext } from '../export/export-gate'
import type { ExportOutcome } from '../platform/platform'
import { messageOf } from '../hooks/use-server-url'
import { useExportGate } from '../hooks/use-export-gate'
import { useText, type AppText } from '../i18n/use-text'
import { useServices } from '../services'
import { APP_VERSION } from '../app-version'

// A room with thousands of open checks lists the first ones; the draft itself lists all.
const LISTED_CHECKS = 200

/** What the dialog offers: the formats made from the live room, and ClaimReview from the server. */
type DialogFormat = ExportFormat | 'claimreview'

const DIALOG_FORMATS: readonly DialogFormat[] = [
  ...EXPORT_FORMATS.map((entry) => entry.format),
  'claimreview'
]

/** Props for ExportDialog. */
export interface ExportDialogProps {
  readonly connection: RoomConnection
  readonly room: string
  /** The server the room syncs with; ClaimReview is written there, so it needs one. */
  readonly serverUrl: string | null
  /** Opens a claim in the room view, so the reviewer can fix what the gate lists. */
  readonly onOpenClaim: (claimId: string) => void
  readonly onClose: () => void
}

/**
 * The export gate and the export itself, as a modal dialog over the room. The dialog speaks
 * the reviewer's language; the export is written in the language chosen here, which starts as
 * the briefing's own.
 */
export function ExportDialog({
  connection,
  room,
  serverUrl,
  onOpenClaim,
  onClose
}: ExportDialogProps) {
  const { platform, fetchFn } = useServices()
  const words = useText()
  const { t, text } = words
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
  const [format, setFormat] = useState<DialogFormat>('markdown')
  // Null until the reviewer chooses: the export then follows the briefing's language.
  const [chosenLocale, setChosenLocale] = useState<Locale | null>(null)
  const exportLocale = chosenLocale ?? (gate.kind === 'ready' ? gate.briefingLocale : words.locale)
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
    setFeedback(t('exportText.dialog.exporting'))
    // One task later, so "Exporting…" is on screen while a large room renders.
    setTimeout(() => {
      const done = (outcome: ExportOutcome, fileName: string): void =>
        setFeedback(outcomeText(words, outcome, fileName, format, platform.kind))
      const exported =
        format === 'claimreview'
          ? exportClaimReview(done)
          : exportRoom(connection.doc, { ...context, locale: exportLocale }, format, platform).then(
              ({ outcome, fileName }) => done(outcome, fileName)
            )
      exported
        .catch((error: unknown) =>
          setFeedback(t('exportText.dialog.failed', { reason: messageOf(error) }))
        )
        .finally(() => setBusy(false))
    }, 0)
  }

  const exportClaimReview = async (
    done: (outcome: ExportOutcome, fileName: string) => void
  ): Promise<void> => {
    if (serverUrl === null) {
      setFeedback(t('exportText.dialog.claimReviewNeedsServer'))
      return
    }
    const request = { fetchFn, serverUrl, room, locale: exportLocale, now: context.now() }
    const result = await exportClaimReviewFile(request, platform)
    if (result.ok) done(result.outcome, result.fileName)
    else setFeedback(t('exportText.dialog.failed', { reason: text(result.reason) }))
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
      <h2 id={titleId}>{t('exportText.dialog.title')}</h2>
      {gate.kind === 'empty' ? (
        <p className="export-empty">{text(gate.reason)}</p>
      ) : (
        <>
          <FormatChoice format={format} onChange={setFormat} disabled={busy} />
          <LanguageChoice locale={exportLocale} onChange={setChosenLocale} disabled={busy} />
          {format === 'claimreview' ? (
            <LeftOutList checks={gate.leftOut} onOpenClaim={handleOpenClaim} />
          ) : (
            <OpenChecksList
              checks={gate.checks}
              exportLocale={exportLocale}
              onOpenClaim={handleOpenClaim}
            />
          )}
        </>
      )}
      <p aria-live="polite" className="export-feedback">
        {feedback}
      </p>
      <div className="export-actions">
        <button type="button" onClick={onClose}>
          {gate.kind === 'empty' ? t('exportText.dialog.close') : t('exportText.dialog.cancel')}
        </button>
        {gate.kind === 'ready' && (
          <button type="button" className="primary" onClick={handleExport} disabled={busy}>
            {(format === 'claimreview' ? gate.leftOut : gate.checks).length === 0
              ? t('exportText.dialog.export')
              : t('exportText.dialog.exportAnyway')}
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
  format: DialogFormat
  onChange: (format: DialogFormat) => void
  disabled: boolean
}) {
  const { t } = useText()
  const legendId = useId()
  return (
    <fieldset role="radiogroup" aria-labelledby={legendId} className="export-formats">
      <legend id={legendId}>{t('exportText.dialog.format')}</legend>
      {DIALOG_FORMATS.map((entry) => (
        <label key={entry}>
          <input
            type="radio"
            name="export-format"
            value={entry}
            checked={entry === format}
            disabled={disabled}
            onChange={() => onChange(entry)}
          />
          {entry === 'claimreview' ? t('exportText.format.claimreview') : formatLabel(entry, t)}
        </label>
      ))}
    </fieldset>
  )
}

/** The language the export's fixed words are written in. */
function LanguageChoice({
  locale,
  onChange,
  disabled
}: {
  locale: Locale
  onChange: (locale: Locale) => void
  disabled: boolean
}) {
  const { t } = useText()
  return (
    <label className="export-language">
      {t('exportText.dialog.language')}{' '}
      <select
        value={locale}
        disabled={disabled}
        onChange={(event) => {
          const chosen = LOCALES.find((candidate) => candidate === event.target.value)
          if (chosen) onChange(chosen)
        }}
      >
        {LOCALES.map((candidate) => (
          <option key={candidate} value={candidate}>
            {t(`common.language.${candidate}`)}
          </option>
        ))}
      </select>
    </label>
  )
}

function OpenChecksList({
  checks,
  exportLocale,
  onOpenClaim
}: {
  checks: readonly OpenCheck[]
  exportLocale: Locale
  onOpenClaim: (claimId: string) => void
}) {
  const { t } = useText()
  const headingId = useId()
  return (
    <section aria-labelledby={headingId} className="export-checks">
      <h3 id={headingId}>{t('exportText.dialog.openChecks')}</h3>
      {checks.length === 0 ? (
        <p>{t('exportText.dialog.allVerified')}</p>
      ) : (
        <>
          <p>
            {/* The banner as the draft will carry it: in the export's language. */}
            <Trans
              t={t}
              i18nKey="exportText.dialog.draftWarning"
              values={{ banner: draftBanner(checks, translator(exportLocale)) }}
              components={{ strong: <strong /> }}
            />
          </p>
          <CheckItems checks={checks} onOpenClaim={onOpenClaim} />
          {checks.length > LISTED_CHECKS && (
            <p>{t('exportText.dialog.more', { count: checks.length - LISTED_CHECKS })}</p>
          )}
        </>
      )}
    </section>
  )
}

/** The first LISTED_CHECKS checks, each with "Open claim" where it is about a claim. */
function CheckItems({
  checks,
  onOpenClaim
}: {
  checks: readonly OpenCheck[]
  onOpenClaim: (claimId: string) => void
}) {
  const { t, text } = useText()
  return (
    <ul>
      {checks.slice(0, LISTED_CHECKS).map((check, index) => (
        <li key={`${check.kind}-${index}`}>
          {text(check.reason)}{' '}
          {check.kind !== 'uncited-source' && (
            <button
              type="button"
              className="link-button"
              onClick={() => onOpenClaim(check.claimId)}
            >
              {t('exportText.dialog.openClaim')}
            </button>
          )}
        </li>
      ))}
    </ul>
  )
}

/** ClaimReview's gate: the claims without a final verdict, which the file leaves out. */
function LeftOutList({
  checks,
  onOpenClaim
}: {
  checks: readonly OpenCheck[]
  onOpenClaim: (claimId: string) => void
}) {
  const { t } = useText()
  const headingId = useId()
  return (
    <section aria-labelledby={headingId} className="export-checks">
      <h3 id={headingId}>{t('exportText.dialog.openChecks')}</h3>
      <p>{t('exportText.dialog.claimReviewFromServer')}</p>
      {checks.length === 0 ? (
        <p>{t('exportText.dialog.allReviewed')}</p>
      ) : (
        <>
          <p>{t('claimReview.export.leftOut', { count: checks.length })}</p>
          <CheckItems checks={checks} onOpenClaim={onOpenClaim} />
        </>
      )}
    </section>
  )
}

function outcomeText(
  { t }: AppText,
  outcome: 'saved' | 'cancelled',
  fileName: string,
  format: DialogFormat,
  host: 'electron' | 'browser'
): string {
  if (outcome === 'cancelled') return t('exportText.dialog.cancelled')
  if (host === 'electron') return t('exportText.dialog.saved', { fileName })
  return format === 'pdf'
    ? t('exportText.dialog.printOpened')
    : t('exportText.dialog.downloaded', { fileName })
}
