import { Trans } from 'react-i18next'
import type { SessionMember } from '../account-api'
import { useText } from '../i18n/use-text'

/** Props for AccountBar. */
export interface AccountBarProps {
  readonly member: SessionMember
  /** False while the server cannot be reached: the member works offline under their name. */
  readonly online: boolean
  readonly onMembers: () => void
  readonly onAccount: () => void
  readonly onSignOut: () => void
}

/** Who is signed in to the team server, and what they can do about their account. */
export function AccountBar({ member, online, onMembers, onAccount, onSignOut }: AccountBarProps) {
  const { t } = useText()
  return (
    <div className="reviewer-line account-bar">
      <p>
        <Trans
          i18nKey="app.account.signedInAs"
          values={{ role: t(`common.role.${member.role}`) }}
          components={{ name: <strong>{member.name}</strong> }}
        />
        {!online && <span className="muted">{t('app.account.offline')}</span>}
      </p>
      {online && (
        <p className="account-bar__actions">
          {member.role === 'admin' && (
            <button type="button" className="link-button" onClick={onMembers}>
              {t('app.account.members')}
            </button>
          )}
          <button type="button" className="link-button" onClick={onAccount}>
            {t('app.account.account')}
          </button>
          <button type="button" className="link-button" onClick={onSignOut}>
            {t('app.account.signOut')}
          </button>
        </p>
      )}
    </div>
  )
}
