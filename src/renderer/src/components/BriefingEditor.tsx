import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { EditorContent, useEditor } from '@tiptap/react'
import Collaboration from '@tiptap/extension-collaboration'
import CollaborationCaret from '@tiptap/extension-collaboration-caret'
import type { Claim } from '../../../core/claims/claim'
import type { Message } from '../../../core/i18n/message'
import type { ReviewerPresence, RoomConnection } from '../../../collab/room-connection'
import { DOCUMENT_FIELD } from '../../../collab/doc-layout'
import type { EditorEvents } from '../claims/claim-workspace'
import { briefingExtensions } from '../editor/briefing-schema'
import { claimTitle } from '../editor/claim-look'
import { ClaimRepair } from '../editor/claim-repair-plugin'
import { createClaimStatusIndex } from '../editor/claim-status-index'
import { createEditorController } from '../editor/editor-controller'
import { isOthersChange } from '../editor/others-change'
import { CLAIM_MARK_NAME } from '../../../collab/claims/anchored-claims'
import { TextGuard } from '../editor/text-guard'
import { readOnlyReason, useAccess } from '../room-access'
import { useText, type AppText } from '../i18n/use-text'
import { EditorToolbar } from './EditorToolbar'

/** Props for BriefingEditor. */
export interface BriefingEditorProps {
  readonly connection: RoomConnection
  readonly reviewer: ReviewerPresence
  /** The room's claims, live; highlights are coloured by their status. */
  readonly claims: readonly Claim[]
  /** The claim the room view has open; its highlight is outlined. */
  readonly openClaimId: string | null
  readonly events: EditorEvents
}

/**
 * The shared briefing text: every reviewer edits the same Yjs fragment, sees the others' carets,
 * and sees claims highlighted by status. The editor is created once per connection and reviewer;
 * the open claim and the callbacks change without rebuilding it.
 */
export function BriefingEditor({
  connection,
  reviewer,
  claims,
  openClaimId,
  events
}: BriefingEditorProps) {
  const statusIndex = useMemo(() => createClaimStatusIndex(), [connection])
  const words = useText()
  const { t, text, locale } = words
  // Highlights' tooltips read the current words; a new language repaints them, not the editor.
  const wordsRef = useRef<AppText>(words)
  useLayoutEffect(() => {
    wordsRef.current = words
  })
  useEffect(() => statusIndex.repaintAll(), [statusIndex, locale])
  // The role can change while the editor lives (a room's access is asked again on resync).
  const access = useAccess()
  const accessRef = useRef(access)
  useLayoutEffect(() => {
    accessRef.current = access
  })
  // Read through refs so that new callbacks from each render never rebuild the editor.
  const eventsRef = useRef(events)
  const tagClaimRef = useRef<() => void>(() => undefined)
  useLayoutEffect(() => {
    eventsRef.current = events
  })

  // A visible label the editor points at: its accessible name is exactly what reviewers see.
  const labelId = useId()
  const editor = useEditor(
    {
      extensions: [
        ...briefingExtensions({
          statusIndex,
          onOpenClaim: (claimId) => eventsRef.current.onOpenClaim(claimId),
          onTagShortcut: () => tagClaimRef.current(),
          titleOf: (look) => claimTitle(look, wordsRef.current)
        }),
        Collaboration.configure({ document: connection.doc, field: DOCUMENT_FIELD }),
        ClaimRepair.configure({ isOthersChange }),
        TextGuard.configure({
          mayEditText: () => accessRef.current.can('edit'),
          markName: CLAIM_MARK_NAME
        }),
        CollaborationCaret.configure({
          provider: connection.provider,
          user: { name: reviewer.name, color: reviewer.color }
        })
      ],
      editorProps: {
        attributes: {
          'aria-labelledby': labelId,
          role: 'textbox',
          'aria-multiline': 'true',
          class: 'briefing-text',
          spellcheck: 'true'
        }
      }
    },
    [connection, reviewer.name, reviewer.color, statusIndex, labelId]
  )

  const controller = useMemo(
    () =>
      createEditorController({
        editor,
        doc: connection.doc,
        author: reviewer.name,
        onTagged: (claimId) => eventsRef.current.onOpenClaim(claimId)
      }),
    [editor, connection, reviewer.name]
  )
  useEffect(() => {
    eventsRef.current.onController(controller)
    return () => {
      eventsRef.current.onController(null)
      controller.destroy()
    }
  }, [controller])

  // Viewers and commenters get a read-only text; checkers keep it editable for tagging only.
  const editable = access.can('check')
  const textEditable = access.can('edit')
  useEffect(() => {
    if (!editor) return
    if (editor.isEditable !== editable) editor.setEditable(editable)
    // Assistive technology hears a text it cannot change as read-only, whatever else it allows.
    editor.view.dom.setAttribute('aria-readonly', String(!textEditable))
  }, [editor, editable, textEditable])
  const reason = readOnlyReason(access)

  useEffect(() => statusIndex.updateClaims(claims), [statusIndex, claims])
  useEffect(() => statusIndex.setOpenClaim(openClaimId), [statusIndex, openClaimId])

  const [tagError, setTagError] = useState<Message | null>(null)
  // A refusal is about the selection it was made on; a new selection clears it.
  useEffect(() => controller.subscribeSelection(() => setTagError(null)), [controller])
  const handleTagClaim = useCallback(() => {
    if (!accessRef.current.can('check')) return
    const tagged = controller.tagSelection()
    setTagError(tagged.ok ? null : tagged.reason)
  }, [controller])
  useLayoutEffect(() => {
    tagClaimRef.current = handleTagClaim
  }, [handleTagClaim])

  return (
    <div className="briefing-editor">
      {access.can('check') && (
        <EditorToolbar
          controller={controller}
          error={tagError && text(tagError)}
          onTagClaim={handleTagClaim}
        />
      )}
      <div id={labelId} className="briefing-editor__label">
        {t('app.editor.label')}
      </div>
      {reason && <p className="notice briefing-editor__reason">{text(reason)}</p>}
      <EditorContent editor={editor} className="editor" />
    </div>
  )
}
