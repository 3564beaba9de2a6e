import { useEffect, useId, useState } from 'react'
import type { MouseEvent } from 'react'
import type { EditorController } from '../claims/claim-workspace'
import { useText } from '../i18n/use-text'

/** Props for EditorToolbar. */
export interface EditorToolbarProps {
  readonly controller: EditorController | null
  /** Why the last tagging attempt was refused, if it was. */
  readonly error: string | null
  readonly onTagClaim: () => void
}

// A Mac names the keys by their symbols in every language; a PC keyboard's names are translated.
const MAC_SHORTCUT = /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘⇧C' : null

/** The tools above the briefing: tagging the selected text as a claim. */
export function EditorToolbar({ controller, error, onTagClaim }: EditorToolbarProps) {
  const { t } = useText()
  const hintId = useId()
  const [hasSelection, setHasSelection] = useState(false)
  useEffect(() => controller?.subscribeSelection(setHasSelection), [controller])

  // Keep the editor focused, so its selection stays visible while the button is pressed.
  const handleMouseDown = (event: MouseEvent<HTMLButtonElement>): void => event.preventDefault()

  return (
    <div className="editor-toolbar">
      <div role="toolbar" aria-label={t('app.toolbar.label')} className="editor-toolbar__tools">
        <button
          type="button"
          className="primary"
          disabled={!hasSelection}
          aria-describedby={hintId}
          aria-keyshortcuts="Control+Shift+C Meta+Shift+C"
          onMouseDown={handleMouseDown}
          onClick={onTagClaim}
        >
          {t('app.toolbar.tagClaim')}
        </button>
        <span id={hintId} className="muted editor-toolbar__hint">
          {hasSelection
            ? t('app.toolbar.hint', { shortcut: MAC_SHORTCUT ?? t('app.toolbar.shortcutPc') })
            : t('app.toolbar.selectFirst')}
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
