/** What the reviewer sees when the server refused some of this device's changes. */
import type { RefusedUpdates } from '../../../collab/room-state'
import { useText } from '../i18n/use-text'

/** Props for RefusedWorkNotice. */
export interface RefusedWorkNoticeProps {
  readonly refused: RefusedUpdates
  /** Opens the export of this device's version of the room, refused work included. */
  readonly onExport: () => void
}

/**
 * The server refused some of this device's changes (a role lowered while offline, say). They
 * stay in this device's copy, never shared and never silently dropped; exporting keeps them.
 */
export function RefusedWorkNotice({ refused, onExport }: RefusedWorkNoticeProps) {
  const { t, text } = useText()
  // Servers before the catalogue send the English reason only.
  const reason = refused.message ? text(refused.message) : refused.reason
  return (
    <aside role="alert" className="notice" aria-label={t('app.refused.label')}>
      <p>{t('app.refused.what', { count: refused.count, reason })}</p>
      <p>{t('app.refused.kept')}</p>
      <button type="button" onClick={onExport}>
        {t('app.refused.export')}
      </button>
    </aside>
  )
}
