import { useEffect, useMemo, useState, useSyncExternalStore } from 'react'
import type { RejectedSourceLine } from '../../core/briefing'
import { normalizeReviewerName, reviewerColor } from '../../core/reviewer'
import { isValidRoomName } from '../../core/room-name'
import { invalidRoomMessage, parseAppLocation } from './app-location'
import { permits } from '../../core/access/roles'
import { signOut } from './account-api'
import { AccountBar } from './components/AccountBar'
import { AccountPage } from './components/AccountPage'
import { MembersPage } from './components/MembersPage'
import { NamePrompt } from './components/NamePrompt'
import { RoomView } from './components/RoomView'
import { SignedOutScreen } from './components/SignedOutScreen'
import { StartScreen } from './components/StartScreen'
import { useServerUrl } from './hooks/use-server-url'
import { useSession } from './hooks/use-session'
import { useServices } from './services'
import { useText } from './i18n/use-text'

interface ImportNotice {
  readonly room: string
  readonly rejected: readonly RejectedSourceLine[]
}

/**
 * Chooses the screen from the URL and the session: the start screen, the name prompt, a room,
 * or on a team server the members and account pages and the signed-out screen.
 */
export function App() {
  const { navigator, preferences, platform, fetchFn } = useServices()
  const { t } = useText()
  const search = useSyncExternalStore(navigator.subscribe, navigator.currentSearch)
  const location = useMemo(() => parseAppLocation(search), [search])
  const [rememberedName, setRememberedName] = useState(() => preferences.reviewerName())
  const [editingName, setEditingName] = useState(false)
  const [importNotice, setImportNotice] = useState<ImportNotice | null>(null)
  const [briefingRequested, setBriefingRequested] = useState(false)
  const [page, setPage] = useState<'members' | 'account' | null>(null)
  const [signedOut, setSignedOut] = useState(false)
  const server = useServerUrl(platform)
  const serverUrl = server.kind === 'ready' ? server.url : null
  const session = useSession(fetchFn, preferences, serverUrl)
  // On a team server the name is the member's, from the server; nobody chooses it.
  const member =
    session.kind === 'member'
      ? session.member
      : session.kind === 'unreachable'
        ? session.member
        : null

  // A name in the link wins (a shared link can say who it is for) and becomes the remembered one.
  const linkName = location.user ? normalizeReviewerName(location.user) : null
  const reviewerName = member?.name ?? linkName ?? rememberedName
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

  if (signedOut || session.kind === 'signed-out') {
    return <SignedOutScreen next={`/${search}`} />
  }
  // Until the server says whether it has accounts, asking for a name could be wrong.
  if (room && !member && session.kind === 'loading' && server.kind !== 'failed') {
    return <p className="loading">{t('app.connecting')}</p>
  }
  if (member && serverUrl && session.kind === 'member' && page === 'members') {
    return <MembersPage serverUrl={serverUrl} self={member} onBack={() => setPage(null)} />
  }
  if (member && serverUrl && session.kind === 'member' && page === 'account') {
    return <AccountPage serverUrl={serverUrl} member={member} onBack={() => setPage(null)} />
  }

  if (!member && (editingName || (room && !reviewerName))) {
    return (
      <NamePrompt
        initialName={reviewerName ?? ''}
        purpose={t('app.name.purpose')}
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
        reviewer={{ name: reviewerName, color: reviewerColor(member?.id ?? reviewerName) }}
        memberRole={member?.role ?? null}
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
      mayImport={member === null || permits(member.role, 'edit')}
      accountBar={
        member ? (
          <AccountBar
            member={member}
            online={session.kind === 'member'}
            onMembers={() => setPage('members')}
            onAccount={() => setPage('account')}
            onSignOut={() => {
              if (serverUrl) void signOut(fetchFn, serverUrl)
              preferences.rememberMember(null)
              setSignedOut(true)
            }}
          />
        ) : undefined
      }
      openBriefingRequested={briefingRequested}
      onOpenBriefingStarted={() => setBriefingRequested(false)}
    />
  )
}
