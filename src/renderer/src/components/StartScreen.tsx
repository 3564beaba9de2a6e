import { useEffect, useId, useRef, useState } from 'react'
import type { FormEvent, ReactNode } from 'react'
import { Trans } from 'react-i18next'
import type { RejectedSourceLine } from '../../../core/briefing'
import { message, type Message } from '../../../core/i18n/message'
import { isValidRoomName, roomNameForBriefing } from '../../../core/room-name'
import { invalidRoomMessage } from '../app-location'
import { seedRoom } from '../briefing-api'
import { failureOf, RefusalError } from '../refusal-error'
import { useServices } from '../services'
import { useText } from '../i18n/use-text'
import { LanguageSwitch } from './LanguageSwitch'
import { SyncServerSection } from './SyncServerSection'

/** Room the "Open sample briefing" button seeds once and everyone then shares. */
export const SAMPLE_ROOM = 'sample-briefing'

/** Props for StartScreen. */
export interface StartScreenProps {
  readonly reviewerName: string | null
  readonly recentRooms: readonly string[]
  /** A problem to show on arrival, e.g. an invalid `?room=` in the link. */
  readonly initialError: Message | null
  readonly onOpenRoom: (room: string, rejected?: readonly RejectedSourceLine[]) => void
  readonly onChangeName: () => void
  /** On a team server: who is signed in, shown instead of the chosen name. */
  readonly accountBar?: ReactNode
  /** False for a team server member whose role may not import briefings (below editor). */
  readonly mayImport?: boolean
  /** The desktop menu asked to open a briefing file: start as if the button was pressed. */
  readonly openBriefingRequested?: boolean
  /** Called once the requested file chooser is under way. */
  readonly onOpenBriefingStarted?: () => void
}

/** The start screen: open a briefing file or the sample, rejoin a recent room, or join one by name. */
export function StartScreen({
  reviewerName,
  recentRooms,
  initialError,
  onOpenRoom,
  onChangeName,
  accountBar,
  mayImport = true,
  openBriefingRequested = false,
  onOpenBriefingStarted
}: StartScreenProps) {
  const { platform, fetchFn, sampleBriefing, randomSuffix } = useServices()
  const { t, text } = useText()
  // A message from the catalogue, or a failure's own words (from the server or the system).
  const [error, setError] = useState<Message | string | null>(initialError)
  const [busy, setBusy] = useState<Message | null>(null)
  const [roomDraft, setRoomDraft] = useState('')
  const roomInputId = useId()

  /** Runs one start-screen action at a time, turning any failure into the alert. */
  const run = (label: Message, action: () => Promise<void>): void => {
    setError(null)
    setBusy(label)
    action()
      .catch((failure: unknown) => setError(failureOf(failure)))
      .finally(() => setBusy(null))
  }

  const handleOpenBriefing = (): void =>
    run(message('app.start.openingBriefing'), async () => {
      const file = await platform.pickBriefingFile()
      if (!file) return
      const room = roomNameForBriefing(file.fileName, randomSuffix())
      const result = await seedRoom(fetchFn, await platform.getServerUrl(), room, file.text)
      if (result.kind !== 'created') throw new RefusalError(result.reason)
      onOpenRoom(room, result.rejected)
    })

  // A ref, not state: StrictMode runs the effect twice, and one menu click means one file chooser.
  const requestStarted = useRef(false)
  useEffect(() => {
    if (!openBriefingRequested) {
      requestStarted.current = false
      return
    }
    if (requestStarted.current) return
    requestStarted.current = true
    onOpenBriefingStarted?.()
    handleOpenBriefing()
    // Only a new request starts the chooser; the handlers change on every render.
  }, [openBriefingRequested])

  const handleOpenSample = (): void =>
    run(message('app.start.openingSample'), async () => {
      const serverUrl = await platform.getServerUrl()
      const result = await seedRoom(fetchFn, serverUrl, SAMPLE_ROOM, sampleBriefing)
      // 409: someone opened the sample before; join it as it is now.
      if (result.kind === 'error') throw new RefusalError(result.reason)
      onOpenRoom(SAMPLE_ROOM, result.kind === 'created' ? result.rejected : [])
    })

  const handleJoin = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault()
    const room = roomDraft.trim()
    if (!isValidRoomName(room)) {
      setError(invalidRoomMessage(room))
      return
    }
    onOpenRoom(room)
  }

  return (
    <main className="page">
      <header className="start-header">
        <div className="start-header__top">
          <h1>{t('app.brand')}</h1>
          <LanguageSwitch />
        </div>
        <p className="muted">{t('app.start.tagline')}</p>
        {accountBar}
        {!accountBar && reviewerName && (
          <p className="reviewer-line">
            <Trans
              i18nKey="app.start.reviewingAs"
              components={{ name: <strong>{reviewerName}</strong> }}
            />{' '}
            <button type="button" className="link-button" onClick={onChangeName}>
              {t('app.start.changeName')}
            </button>
          </p>
        )}
      </header>

      {error && (
        <p role="alert" className="error">
          {typeof error === 'string' ? error : text(error)}
        </p>
      )}
      {busy && (
        <p role="status" className="muted">
          {text(busy)}
        </p>
      )}

      {mayImport && (
        <section className="card" aria-labelledby="new-room-heading">
          <h2 id="new-room-heading">{t('app.start.newRoomHeading')}</h2>
          <div className="actions">
            <button
              type="button"
              className="primary"
              onClick={handleOpenBriefing}
              disabled={busy !== null}
            >
              {t('app.start.openBriefing')}
            </button>
            <button type="button" onClick={handleOpenSample} disabled={busy !== null}>
              {t('app.start.openSample')}
            </button>
          </div>
          <p className="muted">{t('app.start.importHint')}</p>
        </section>
      )}

      <section className="card" aria-labelledby="join-heading">
        <h2 id="join-heading">{t('app.start.joinHeading')}</h2>
        <form className="join-form" onSubmit={handleJoin} noValidate>
          <label htmlFor={roomInputId}>{t('app.start.roomName')}</label>
          <div className="inline">
            <input
              id={roomInputId}
              value={roomDraft}
              spellCheck={false}
              autoComplete="off"
              onChange={(event) => setRoomDraft(event.target.value)}
            />
            <button type="submit">{t('app.start.join')}</button>
          </div>
        </form>
      </section>

      <section className="card" aria-labelledby="recent-heading">
        <h2 id="recent-heading">{t('app.start.recentHeading')}</h2>
        {recentRooms.length === 0 ? (
          <p className="muted">{t('app.start.noRecent')}</p>
        ) : (
          <ul className="recent-rooms">
            {recentRooms.map((room) => (
              <li key={room}>
                <button type="button" className="link-button" onClick={() => onOpenRoom(room)}>
                  {room}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      {platform.serverChoice && <SyncServerSection control={platform.serverChoice} />}
    </main>
  )
}
