import { useCallback, useMemo, useState } from 'react'
import type { Claim } from '../../../core/claims/claim'
import type { ReviewerPresence, RoomConnection } from '../../../collab/room-connection'
import { readClaimComments } from '../../../collab/claims/claim-comments-doc'
import { viewersByClaim } from '../../../collab/presence'
import { claimActions } from '../claims/claim-actions'
import { detachedClaimIds, inDocumentOrder } from '../claims/claim-list'
import type { EditorController } from '../claims/claim-workspace'
import { useAfterFirstPaint } from '../hooks/use-after-first-paint'
import { useAnchoredClaims } from '../hooks/use-anchored-claims'
import { usePeers } from '../hooks/use-presence'
import { useSourceLibrary } from '../hooks/use-source-library'
import { ClaimDetail } from './ClaimDetail'
import { ClaimsPanel } from './ClaimsPanel'
import { SourcesPanel } from './SourcesPanel'
import { VerificationProgress } from './VerificationProgress'
import { ActivityList, ActivityPanel, useActivity } from './ActivityPanel'
import { VersionsPanel } from './VersionsPanel'
import { ReviewRulesSwitch } from './ReviewRulesSwitch'
import { ArticleUrlField } from './ArticleUrlField'
import { filterActivity } from '../../../core/record/activity'
import { useAccess } from '../room-access'
import { useText } from '../i18n/use-text'

/** Props for ClaimsSidebar. */
export interface ClaimsSidebarProps {
  readonly connection: RoomConnection
  readonly reviewer: ReviewerPresence
  /** The room's claims, live, in creation order. */
  readonly claims: readonly Claim[]
  readonly openClaimId: string | null
  /** Null until the editor is ready; the list still works without it, minus scrolling. */
  readonly controller: EditorController | null
  readonly onOpenClaim: (claimId: string | null) => void
  /** The server and room the record panels ask; null while the server is not known. */
  readonly serverUrl: string | null
  readonly room: string
}

/**
 * The side panel: progress, the claims list, the open claim and the sources, all live. Reading
 * thousands of claims and walking the text for their order is not needed to start reading or
 * typing, so the panel fills in just after the editor is first on screen.
 */
export function ClaimsSidebar(props: ClaimsSidebarProps) {
  const painted = useAfterFirstPaint()
  const { t } = useText()
  if (!painted) {
    return (
      <aside className="room-side" aria-busy="true">
        <p className="muted">{t('panel.sidebar.loading')}</p>
      </aside>
    )
  }
  return <LiveClaimsSidebar {...props} />
}

function LiveClaimsSidebar({
  connection,
  reviewer,
  claims,
  openClaimId,
  controller,
  onOpenClaim,
  serverUrl,
  room
}: ClaimsSidebarProps) {
  const { doc } = connection
  const { t } = useText()
  const mayReadActivity = useAccess().can('edit')
  const activity = useActivity(doc, serverUrl, room, mayReadActivity)
  const claimQuotes = useMemo(() => new Map(claims.map((c) => [c.id, c.quote])), [claims])
  const library = useSourceLibrary(doc)
  const anchors = useAnchoredClaims(doc)
  const peers = usePeers(connection)
  // Whether the claim just opened had no text left to scroll to.
  const [nothingToReveal, setNothingToReveal] = useState(false)

  const ordered = useMemo(() => inDocumentOrder(claims, anchors?.anchored ?? []), [claims, anchors])
  const detached = useMemo(() => detachedClaimIds(anchors), [anchors])
  const viewers = useMemo(() => viewersByClaim(peers), [peers])
  const actions = useMemo(() => claimActions(doc, reviewer.name), [doc, reviewer.name])
  // Assignees walk every claim; presence changes far more often than claims do.
  const assignees = useMemo(() => assigneesOf(claims), [claims])
  const reviewerNames = useMemo(
    () => knownReviewers(reviewer.name, peers, assignees),
    [reviewer.name, peers, assignees]
  )
  // Asked per visible row on each render; a new comment re-renders through `claims`.
  const commentCount = useCallback(
    (claimId: string) => readClaimComments(doc, claimId).length,
    [doc]
  )
  const openClaim = claims.find((claim) => claim.id === openClaimId) ?? null

  const handleOpen = (claimId: string): void => {
    onOpenClaim(claimId)
    const revealed = controller?.revealClaim(claimId) ?? false
    setNothingToReveal(!revealed && detached.has(claimId))
  }
  const handleClose = (): void => {
    setNothingToReveal(false)
    onOpenClaim(null)
  }

  return (
    <aside className="room-side">
      <VerificationProgress claims={claims} />
      <ReviewRulesSwitch doc={doc} />
      <ArticleUrlField doc={doc} />
      <ClaimsPanel
        claims={ordered}
        library={library}
        detachedIds={detached}
        viewersByClaim={viewers}
        reviewerName={reviewer.name}
        openClaimId={openClaimId}
        commentCount={commentCount}
        onOpenClaim={handleOpen}
      />
      {nothingToReveal && <p className="muted">{t('panel.sidebar.nothingToReveal')}</p>}
      {openClaim && (
        <ClaimDetail
          key={openClaim.id}
          doc={doc}
          claim={openClaim}
          library={library}
          isDetached={detached.has(openClaim.id)}
          viewers={viewers.get(openClaim.id) ?? []}
          reviewerNames={reviewerNames}
          actions={actions}
          reviewerName={reviewer.name}
          onClose={handleClose}
          activity={
            mayReadActivity ? (
              <ActivityList
                entries={filterActivity(activity.value ?? [], { claimId: openClaim.id })}
              />
            ) : null
          }
        />
      )}
      <SourcesPanel library={library} claims={claims} />
      {mayReadActivity && <ActivityPanel activity={activity} claimQuotes={claimQuotes} />}
      {serverUrl && (
        <VersionsPanel
          doc={doc}
          serverUrl={serverUrl}
          room={room}
          reviewerName={reviewer.name}
          claims={claims}
        />
      )}
    </aside>
  )
}

/** Names to offer for "Assign to": this reviewer, everyone present, everyone assigned before. */
function knownReviewers(
  me: string,
  peers: readonly { name: string }[],
  assignees: ReadonlySet<string>
): string[] {
  const names = new Set<string>([me, ...peers.map((peer) => peer.name), ...assignees])
  return [...names].sort((a, b) => a.localeCompare(b))
}

/** Everyone some claim is assigned to. */
function assigneesOf(claims: readonly { assignee: string | null }[]): Set<string> {
  const names = new Set<string>()
  for (const claim of claims) if (claim.assignee) names.add(claim.assignee)
  return names
}
