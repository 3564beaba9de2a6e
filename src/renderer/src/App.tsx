import { useEffect, useMemo, useState, useSyncExternalStore } from 'react'
import type { RejectedSourceLine } from '../../core/briefing'
import { normalizeReviewerName, reviewerColor } from '../../core/reviewer'
import { isValidRoomName } from '../../core/room-name'
import { invalidRoomMessage, parseAppLocation } from './app-location'
import { NamePrompt } from './components/NamePrompt'
import { RoomView } from './components/RoomView'
import { StartScreen } from './components/StartScreen'
import { useServices } from './services'

interface ImportNotice {
  readonly room: string
  readonly rejected: readonly RejectedSourceLine[]
}

/** Chooses the screen from the URL: the start screen, the name prompt, or a room. */
export function App() {
  const { navigator, preferences, platform } = useServices()
  const search = useSyncExternalStore(navigator.subscribe, navigator.currentSearch)
  const location = useMemo(() => parseAppLocation(search), [search])
  const [rememberedName, setRememberedName] = useState(() => preferences.reviewerName())
  const [editingName, setEditingName] = useState(false)
  const [importNotice, setImportNotice] = useState<ImportNotice | null>(null)
  const [briefingRequested, setBriefingRequested] = useState(false)

  // A name in the link wins (a shared link can say who it is for) and becomes the remembered one.
  const linkName = location.user ? normalizeReviewerName(location.user) : null
  const reviewerName = linkName ?? rememberedName
  useEffect(() => {
    if (linkName && linkName !== rememberedName) {
      preferences.rememberReviewerName(linkName)
      setRememberedName(linkName)
    }
  }, [linkName, rememberedName, preferences])

  const room = location.room && isValidRoomName(location.room) ? location.room : null
  useEffect(() => {
    if (room && reviewerName) preferences.rememberRoom(room)
  }, [room, reviewerName, preferences])

  const handleName = (name: string): void => {
    preferences.rememberReviewerName(name)
    setRememberedName(name)
    setEditingName(false)
    // A user in the URL would override the new name, so drop it.
    if (location.user) navigator.go({ room: location.room, user: null })
  }

  const handleOpenRoom = (target: string, rejected: readonly RejectedSourceLine[] = []): void => {
    setImportNotice(rejected.length > 0 ? { room: target, rejected } : null)
    navigator.go({ room: target, user: location.user })
  }

  const handleLeave = (): void => navigator.go({ room: null, user: location.user })

  // The desktop menu's File → Open briefing…: back to the start screen, which opens the chooser.
  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (command !== 'open-briefing') return
        setEditingName(false)
        setBriefingRequested(true)
        navigator.go({ room: null, user: parseAppLocation(navigator.currentSearch()).user })
      }),
    [platform, navigator]
  )

  if (editingName || (room && !reviewerName)) {
    return (
      <NamePrompt
        initialName={reviewerName ?? ''}
        purpose="Other reviewers see this name beside your caret."
        onSubmit={handleName}
        onCancel={editingName ? () => setEditingName(false) : handleLeave}
      />
    )
  }
  if (room && reviewerName) {
    return (
      <RoomView
        key={room}
        room={room}
        reviewer={{ name: reviewerName, color: reviewerColor(reviewerName) }}
        rejectedSources={importNotice?.room === room ? importNotice.rejected : []}
        onDismissRejected={() => setImportNotice(null)}
        onLeave={handleLeave}
      />
    )
  }
  return (
    <StartScreen
      key={search}
      reviewerName={reviewerName}
      recentRooms={preferences.recentRooms()}
      initialError={location.room ? invalidRoomMessage(location.room) : null}
      onOpenRoom={handleOpenRoom}
      onChangeName={() => setEditingName(true)}
      openBriefingRequested={briefingRequested}
      onOpenBriefingStarted={() => setBriefingRequested(false)}
    />
  )
}
