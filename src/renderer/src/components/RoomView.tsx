import { useEffect, useMemo, useState } from 'react'
import { Trans } from 'react-i18next'
import type { Role } from '../../../core/access/roles'
import { CloseCode } from '../../../core/close-codes'
import type { RejectedSourceLine } from '../../../core/briefing'
import { isMessage } from '../../../core/i18n/message'
import type { ReviewerPresence, RoomConnection } from '../../../collab/room-connection'
import { shareLinkFor } from '../app-location'
import type { EditorController, EditorEvents } from '../claims/claim-workspace'
import { useClaims } from '../hooks/use-claims'
import { useAnnounceOpenClaim } from '../hooks/use-presence'
import { messageOf, useServerUrl } from '../hooks/use-server-url'
import { useRoomConnection } from '../hooks/use-room-connection'
import { useServices } from '../services'
import { BriefingEditor } from './BriefingEditor'
import { ClaimsSidebar } from './ClaimsSidebar'
import { useRoomState } from '../hooks/use-room-state'
import { useRoomAccess } from '../hooks/use-room-access'
import { useSignedOut } from '../hooks/use-signed-out'
import { RoomAccessContext, useAccess } from '../room-access'
import { ReviewRulesContext } from '../review-rules'
import { useRoomReviewRules } from '../hooks/use-review-rules'
import { RefusedWorkNotice } from './RefusedWorkNotice'
import { SignedOutScreen } from './SignedOutScreen'
import { ConnectionIndicator } from './ConnectionIndicator'
import { DamagedRoomNotice } from './DamagedRoomNotice'
import { ExportDialog } from './ExportDialog'
import { LanguageSwitch } from './LanguageSwitch'
import { useText } from '../i18n/use-text'

/** Props for RoomView. */
export interface RoomViewProps {
  readonly room: string
  readonly reviewer: ReviewerPresence
  /** Source lines the import could not read, shown once after opening a fresh briefing. */
  readonly rejectedSources: readonly RejectedSourceLine[]
  readonly onDismissRejected: () => void
  readonly onLeave: () => void
  /** On a team server: the member's own role (a room may override it); null without accounts. */
  readonly memberRole?: Role | null
}

/** One room: its header, the shared editor and the claims side panel. */
export function RoomView({
  room,
  reviewer,
  rejectedSources,
  onDismissRejected,
  onLeave,
  memberRole = null
}: RoomViewProps) {
  const { platform, fetchFn } = useServices()
  const { t } = useText()
  const server = useServerUrl(platform)
  const serverUrl = server.kind === 'ready' ? server.url : null
  const connection = useRoomConnection(serverUrl, room, reviewer)
  const { damage, synced, refusal, refusedUpdates, link } = useRoomState(connection)
  const access = useRoomAccess(fetchFn, serverUrl, room, memberRole, synced)
  const sessionEnded = useSignedOut(fetchFn, serverUrl, memberRole !== null, link)
  const [exporting, setExporting] = useState(false)
  // The desktop menu's File → Export… (Ctrl/Cmd+E) opens the same dialog as the button.
  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (command === 'export') setExporting(true)
      }),
    [platform]
  )

  if (refusal?.code === CloseCode.signedOut || sessionEnded) {
    return <SignedOutScreen next={`/?room=${encodeURIComponent(room)}`} />
  }
  return (
    <RoomAccessContext.Provider value={access}>
      <div className="room">
        <header className="room-header">
          <button type="button" onClick={onLeave}>
            {t('app.room.rooms')}
          </button>
          <h1>
            <span className="brand">{t('app.brand')}</span>{' '}
            <span className="room-name">{room}</span>
          </h1>
          {serverUrl && <CopyLinkButton link={shareLinkFor(serverUrl, room)} />}
          <button type="button" onClick={() => setExporting(true)} disabled={!connection}>
            {t('app.room.export')}
          </button>
          <ConnectionIndicator connection={connection} />
          <LanguageSwitch />
          <p className="reviewer-badge">
            <span
              className="swatch"
              style={{ backgroundColor: reviewer.color }}
              aria-hidden="true"
            />
            {reviewer.name}
          </p>
        </header>
        {server.kind === 'failed' && (
          <p role="alert" className="error">
            {t('app.room.serverUnavailable', { reason: server.message })}
          </p>
        )}
        {damage && <DamagedRoomNotice damage={damage} />}
        {connection && refusedUpdates && (
          <RefusedWorkNotice refused={refusedUpdates} onExport={() => setExporting(true)} />
        )}
        {rejectedSources.length > 0 && (
          <RejectedSourcesNotice lines={rejectedSources} onDismiss={onDismissRejected} />
        )}
        {connection && (
          <RoomBody
            connection={connection}
            serverUrl={serverUrl}
            reviewer={reviewer}
            room={room}
            exporting={exporting}
            onCloseExport={() => setExporting(false)}
          />
        )}
      </div>
    </RoomAccessContext.Provider>
  )
}

function RoomBody({
  connection,
  serverUrl,
  reviewer,
  room,
  exporting,
  onCloseExport
}: {
  connection: RoomConnection
  serverUrl: string | null
  reviewer: ReviewerPresence
  room: string
  exporting: boolean
  onCloseExport: () => void
}) {
  // Sticky: once the text has arrived the editor stays, even while reconnecting. A room never
  // synced on this device waits for the server: editing an empty copy would fork the text.
  const contentReady = useRoomState(connection).ready !== 'none'
  const [openClaimId, setOpenClaimId] = useState<string | null>(null)
  const [controller, setController] = useState<EditorController | null>(null)
  // One reading of the claims for the whole room view: the editor colours highlights with it,
  // the side panel lists it. Decoding thousands of claims once at open is enough.
  const claims = useClaims(connection.doc)
  // Stable, so the editor never re-registers its handlers because the room view re-rendered.
  const events = useMemo<EditorEvents>(
    () => ({ onOpenClaim: setOpenClaimId, onController: setController }),
    []
  )
  useAnnounceOpenClaim(connection, openClaimId)
  const rules = useRoomReviewRules(connection.doc, useAccess().role !== null)
  const { t } = useText()

  // The text comes from the server; editing an empty local copy first would fork it.
  if (!contentReady) return <p className="loading">{t('app.room.loading')}</p>
  return (
    <ReviewRulesContext.Provider value={rules}>
      <div className="room-body">
        <BriefingEditor
          connection={connection}
          reviewer={reviewer}
          claims={claims}
          openClaimId={openClaimId}
          events={events}
        />
        <ClaimsSidebar
          connection={connection}
          reviewer={reviewer}
          claims={claims}
          openClaimId={openClaimId}
          controller={controller}
          onOpenClaim={setOpenClaimId}
          serverUrl={serverUrl}
          room={room}
        />
        {exporting && (
          <ExportDialog
            connection={connection}
            room={room}
            serverUrl={serverUrl}
            onOpenClaim={(claimId) => {
              setOpenClaimId(claimId)
              controller?.revealClaim(claimId)
            }}
            onClose={onCloseExport}
          />
        )}
      </div>
    </ReviewRulesContext.Provider>
  )
}

function CopyLinkButton({ link }: { link: string }) {
  const { writeClipboard } = useServices()
  const { t } = useText()
  // What happened, kept as data so that the words follow a change of language.
  const [feedback, setFeedback] = useState<{ copied: true } | { failure: string } | null>(null)

  const handleCopy = (): void => {
    writeClipboard(link).then(
      () => setFeedback({ copied: true }),
      (error: unknown) => setFeedback({ failure: messageOf(error) })
    )
  }

  return (
    <div className="copy-link">
      <button type="button" onClick={handleCopy} title={link}>
        {t('app.room.copyLink')}
      </button>
      <span aria-live="polite" className="muted">
        {feedback &&
          ('copied' in feedback
            ? t('app.room.linkCopied')
            : t('app.room.copyFailed', { reason: feedback.failure, link }))}
      </span>
    </div>
  )
}

function RejectedSourcesNotice({
  lines,
  onDismiss
}: {
  lines: readonly RejectedSourceLine[]
  onDismiss: () => void
}) {
  const { t, text } = useText()
  // The lines came over the network: an older server sends the English reason only.
  const reasonOf = (line: RejectedSourceLine): string =>
    isMessage(line.reasonMessage) ? text(line.reasonMessage) : line.reason
  return (
    <aside className="notice" aria-label={t('app.importNotice.label')}>
      <p>{t('app.importNotice.heading', { count: lines.length })}</p>
      <ul>
        {lines.map((line) => (
          <li key={line.line}>
            <Trans
              i18nKey="app.importNotice.line"
              values={{ line: line.line, reason: reasonOf(line) }}
              components={{ quote: <q>{line.text}</q> }}
            />
          </li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        {t('app.importNotice.dismiss')}
      </button>
    </aside>
  )
}
