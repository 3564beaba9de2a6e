import { EditorContent, useEditor } from '@tiptap/react'
import StarterKit from '@tiptap/starter-kit'
import Collaboration from '@tiptap/extension-collaboration'
import CollaborationCaret from '@tiptap/extension-collaboration-caret'
import type { ReviewerPresence, RoomConnection } from '../../../collab/room-connection'
import { DOCUMENT_FIELD } from '../../../collab/doc-layout'

/** Props for BriefingEditor. */
export interface BriefingEditorProps {
  readonly connection: RoomConnection
  readonly reviewer: ReviewerPresence
}

/** The shared briefing text: every reviewer edits the same Yjs fragment and sees the others' carets. */
export function BriefingEditor({ connection, reviewer }: BriefingEditorProps) {
  const editor = useEditor(
    {
      extensions: [
        // Yjs keeps the undo history (per reviewer); ProseMirror's own would undo others' edits.
        StarterKit.configure({ undoRedo: false }),
        Collaboration.configure({ document: connection.doc, field: DOCUMENT_FIELD }),
        CollaborationCaret.configure({
          provider: connection.provider,
          user: { name: reviewer.name, color: reviewer.color }
        })
      ],
      editorProps: {
        attributes: {
          'aria-label': 'Briefing text',
          role: 'textbox',
          'aria-multiline': 'true',
          class: 'briefing-text',
          spellcheck: 'true'
        }
      }
    },
    [connection, reviewer.name, reviewer.color]
  )
  return <EditorContent editor={editor} className="editor" />
}
