import { useEffect, useId, useState } from 'react'
import type { MouseEvent } from 'react'
import type { EditorController } from '../claims/claim-workspace'

/** Props for EditorToolbar. */
export interface EditorToolbarProps {
  readonly controller: EditorController | null
  /** Why the last tagging attempt was refused, if it was. */
  readonly error: string | null
  readonly onTagClaim: () => void
}

const SHORTCUT_LABEL = /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘⇧C' : 'Ctrl+Shift+C'

/** The tools above the briefing: tagging the selected text as a claim. */
export function EditorToolbar({ controller, error, onTagClaim }: EditorToolbarProps) {
  const hintId = useId()
  const [hasSelection, setHasSelection] = useState(false)
  useEffect(() => controller?.subscribeSelection(setHasSelection), [controller])

  // Keep the editor focused, so its selection stays visible while the button is pressed.
  const handleMouseDown = (event: MouseEvent<HTMLButtonElement>): void => event.preventDefault()

  return (
    <div className="editor-toolbar">
      <div role="toolbar" aria-label="Briefing tools" className="editor-toolbar__tools">
        <button
          type="button"
          className="primary"
          disabled={!hasSelection}
          aria-describedby={hintId}
          aria-keyshortcuts="Control+Shift+C Meta+Shift+C"
          onMouseDown={handleMouseDown}
          onClick={onTagClaim}
        >
          Tag claim
        </button>
        <span id={hintId} className="muted editor-toolbar__hint">
          {hasSelection
            ? `Tags the selected text as a claim (${SHORTCUT_LABEL}).`
            : 'Select text in the briefing to tag a claim.'}
        </span>
      </div>
      {error && (
        <p role="alert" className="error editor-toolbar__error">
          {error}
        </p>
      )}
    </div>
  )
}
