import { useCallback, useEffect, useState } from 'react'
import type { FormEvent } from 'react'
import type { Role } from '../../../core/access/roles'
import { ROLES, isRole } from '../../../core/access/roles'
import type { MembersView, SessionMember } from '../account-api'
import { createInvite, fetchMembers, removeMember, setMemberRole } from '../account-api'
import { displayTime } from '../claims/presence-text'
import { useServices } from '../services'
import { Field } from './Field'

/** Props for MembersPage. */
export interface MembersPageProps {
  readonly serverUrl: string
  readonly self: SessionMember
  readonly onBack: () => void
}

/** An admin's page: invite people, change members' roles, remove members. */
export function MembersPage({ serverUrl, self, onBack }: MembersPageProps) {
  const { fetchFn, writeClipboard } = useServices()
  const [view, setView] = useState<MembersView | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [inviteRole, setInviteRole] = useState<Role>('checker')
  const [inviteEmail, setInviteEmail] = useState('')
  const [invite, setInvite] = useState<{ link: string; expiresAt: string } | null>(null)

  const reload = useCallback(async () => {
    const result = await fetchMembers(fetchFn, serverUrl)
    if (result.ok) setView(result.value)
    else setMessage(result.message)
  }, [fetchFn, serverUrl])
  useEffect(() => void reload(), [reload])

  const handleInvite = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault()
    const result = await createInvite(fetchFn, serverUrl, inviteRole, inviteEmail)
    if (!result.ok) return setMessage(result.message)
    setMessage(null)
    setInvite(result.value)
    setInviteEmail('')
    await reload()
  }
  const handleRole = async (member: SessionMember, role: Role): Promise<void> => {
    const result = await setMemberRole(fetchFn, serverUrl, member.id, role)
    setMessage(result.ok ? `${member.name} is now ${role}.` : result.message)
    await reload()
  }
  const handleRemove = async (member: SessionMember): Promise<void> => {
    const result = await removeMember(fetchFn, serverUrl, member.id)
    setMessage(result.ok ? `${member.name} was removed.` : result.message)
    await reload()
  }

  return (
    <main className="page">
      <header className="start-header">
        <button type="button" onClick={onBack}>
          Rooms
        </button>
        <h1>Members</h1>
      </header>
      {message && (
        <p role="status" className="notice">
          {message}
        </p>
      )}
      <section className="card" aria-labelledby="invite-heading">
        <h2 id="invite-heading">Invite someone</h2>
        <form className="detail-row" onSubmit={(event) => void handleInvite(event)}>
          <Field label="Role">
            {(id) => (
              <select
                id={id}
                value={inviteRole}
                onChange={(event) =>
                  isRole(event.target.value) && setInviteRole(event.target.value)
                }
              >
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {role}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Email (optional)">
            {(id) => (
              <input
                id={id}
                type="email"
                value={inviteEmail}
                onChange={(event) => setInviteEmail(event.target.value)}
              />
            )}
          </Field>
          <button type="submit" className="primary">
            Create invite link
          </button>
        </form>
        {invite && (
          <div className="invite-link">
            <p>
              Send this link to the person you invite. It works once, until{' '}
              <time dateTime={invite.expiresAt}>{displayTime(invite.expiresAt)}</time>.
            </p>
            <p>
              Invite link: <code className="invite-link__url">{invite.link}</code>
            </p>
            <button type="button" onClick={() => void writeClipboard(invite.link)}>
              Copy invite link
            </button>
          </div>
        )}
      </section>
      <section className="card" aria-labelledby="members-heading">
        <h2 id="members-heading">Members</h2>
        {view === null ? (
          <p className="muted">Loading…</p>
        ) : (
          <ul className="member-list">
            {view.members.map((member) => (
              <MemberRow
                key={member.id}
                member={member}
                isSelf={member.id === self.id}
                onRole={(role) => void handleRole(member, role)}
                onRemove={() => void handleRemove(member)}
              />
            ))}
          </ul>
        )}
      </section>
      {view && view.invites.length > 0 && (
        <section className="card" aria-labelledby="invites-heading">
          <h2 id="invites-heading">Open invites</h2>
          <ul>
            {view.invites.map((open) => (
              <li key={`${open.expiresAt}-${open.role}-${open.email ?? ''}`}>
                {open.role}
                {open.email ? ` for ${open.email}` : ''}, until{' '}
                <time dateTime={open.expiresAt}>{displayTime(open.expiresAt)}</time>
              </li>
            ))}
          </ul>
        </section>
      )}
      {view && view.accessRequests.length > 0 && (
        <section className="card" aria-labelledby="requests-heading">
          <h2 id="requests-heading">Access requests</h2>
          <p className="muted">
            They signed in through your identity provider without being members. Invite them to let
            them in.
          </p>
          <ul>
            {view.accessRequests.map((request) => (
              <li key={request.email}>
                {request.name} &lt;{request.email}&gt;,{' '}
                <time dateTime={request.requestedAt}>{displayTime(request.requestedAt)}</time>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  )
}

function MemberRow({
  member,
  isSelf,
  onRole,
  onRemove
}: {
  member: SessionMember
  isSelf: boolean
  onRole: (role: Role) => void
  onRemove: () => void
}) {
  return (
    <li className="member-row">
      <span>
        <strong>{member.name}</strong> <span className="muted">{member.email}</span>
        {isSelf && <span className="muted"> (you)</span>}
      </span>
      <Field label={`Role of ${member.name}`}>
        {(id) => (
          <select
            id={id}
            value={member.role}
            onChange={(event) => isRole(event.target.value) && onRole(event.target.value)}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </select>
        )}
      </Field>
      {!isSelf && (
        <button type="button" onClick={onRemove}>
          Remove {member.name}
        </button>
      )}
    </li>
  )
}
