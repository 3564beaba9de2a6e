import type { SessionMember } from '../account-api'

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
  return (
    <div className="reviewer-line account-bar">
      <p>
        Signed in as <strong>{member.name}</strong> ({member.role})
        {!online && <span className="muted"> · offline, changes sync when the server is back</span>}
      </p>
      {online && (
        <p className="account-bar__actions">
          {member.role === 'admin' && (
            <button type="button" className="link-button" onClick={onMembers}>
              Members
            </button>
          )}
          <button type="button" className="link-button" onClick={onAccount}>
            Account
          </button>
          <button type="button" className="link-button" onClick={onSignOut}>
            Sign out
          </button>
        </p>
      )}
    </div>
  )
}
