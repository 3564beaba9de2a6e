import type * as Y from 'yjs'
import { setSecondCheck } from '../../../collab/room-settings'
import { useText } from '../i18n/use-text'
import { useReviewRules } from '../review-rules'
import { useAccess } from '../room-access'

/**
 * The room's second-check rule, which editors and admins may switch; the switch is shared with
 * the room and recorded in its activity by the server.
 */
export function ReviewRulesSwitch({ doc }: { doc: Y.Doc }) {
  const { t } = useText()
  const rules = useReviewRules()
  if (!useAccess().can('edit')) return null
  return (
    <label className="checkbox review-rules">
      <input
        type="checkbox"
        checked={rules.secondCheck}
        onChange={(event) => setSecondCheck(doc, event.target.checked)}
      />
      {t('panel.secondCheck.requireRule')}
    </label>
  )
}
