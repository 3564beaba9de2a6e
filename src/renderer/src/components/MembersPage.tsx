import { useCallback, useEffect, useState } from 'react'
import type { FormEvent } from 'react'
import { Trans } from 'react-i18next'
import type { Role } from '../../../core/access/roles'
import { ROLES, isRole } from '../../../core/access/roles'
import type { MembersView, SessionMember } from '../account-api'
import { createInvite, fetchMembers, removeMember, setMemberRole } from '../account-api'
import { formatDateTime } from '../../../core/i18n/format'
import type { Locale } from '../../../core/i18n/locale'
import { message, type Message } from '../../../core/i18n/message'
import { roleName } from '../../../core/access/role-messages'
import { useServices } from '../services'
import { useText } from '../i18n/use-text'
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
  const { t, text, locale } = useText()
  const [view, setView] = useState<MembersView | null>(null)
  // What the last action did, or the server's refusal.
  const [notice, setNotice] = useState<Message | null>(null)
  const [inviteRole, setInviteRole] = useState<Role>('checker')
  const [inviteEmail, setInviteEmail] = useState('')
  const [invite, setInvite] = useState<{ link: string; expiresAt: string } | null>(null)

  const reload = useCallback(async () => {
    const result = await fetchMembers(fetchFn, serverUrl)
    if (result.ok) setView(result.value)
    else setNotice(result.reason)
  }, [fetchFn, serverUrl])
  useEffect(() => void reload(), [reload])

  const handleInvite = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault()
    const result = await createInvite(fetchFn, serverUrl, inviteRole, inviteEmail)
    if (!result.ok) return setNotice(result.reason)
    setNotice(null)
    setInvite(result.value)
    setInviteEmail('')
    await reload()
  }
  const handleRole = async (member: SessionMember, role: Role): Promise<void> => {
    const result = await setMemberRole(fetchFn, serverUrl, member.id, role)
    setNotice(
      result.ok
        ? message('app.members.roleChanged', { name: member.name, role: roleName(role) })
        : result.reason
    )
    await reload()
  }
  const handleRemove = async (member: SessionMember): Promise<void> => {
    const result = await removeMember(fetchFn, serverUrl, member.id)
    setNotice(result.ok ? message('app.members.removed', { name: member.name }) : result.reason)
    await reload()
  }

  return (
    <main className="page">
      <header className="start-header">
        <button type="button" onClick={onBack}>
          {t('app.room.rooms')}
        </button>
        <h1>{t('app.members.heading')}</h1>
      </header>
      {notice && (
        <p role="status" className="notice">
          {text(notice)}
        </p>
      )}
      <section className="card" aria-labelledby="invite-heading">
        <h2 id="invite-heading">{t('app.members.inviteHeading')}</h2>
        <form className="detail-row" onSubmit={(event) => void handleInvite(event)}>
          <Field label={t('app.members.role')}>
            {(id) => (
              <select
                id={id}
                value={inviteRole}
                onChange={(event) =>
                  isRole(event.target.value) && setInviteRole(event.target.value)
                }
              >
                <RoleOptions />
              </select>
            )}
          </Field>
          <Field label={t('app.members.email')}>
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
            {t('app.members.createInvite')}
          </button>
        </form>
        {invite && (
          <div className="invite-link">
            <p>
              <Trans
                i18nKey="app.members.inviteValidUntil"
                components={{ time: <Time iso={invite.expiresAt} locale={locale} /> }}
              />
            </p>
            <p>
              <Trans
                i18nKey="app.members.inviteLink"
                components={{ link: <code className="invite-link__url">{invite.link}</code> }}
              />
            </p>
            <button type="button" onClick={() => void writeClipboard(invite.link)}>
              {t('app.members.copyInvite')}
            </button>
          </div>
        )}
      </section>
      <section className="card" aria-labelledby="members-heading">
        <h2 id="members-heading">{t('app.members.listHeading')}</h2>
        {view === null ? (
          <p className="muted">{t('app.members.loading')}</p>
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
          <h2 id="invites-heading">{t('app.members.openInvites')}</h2>
          <ul>
            {view.invites.map((open) => (
              <li key={`${open.expiresAt}-${open.role}-${open.email ?? ''}`}>
                <Trans
                  i18nKey={open.email ? 'app.members.inviteFor' : 'app.members.invite'}
                  values={{ role: t(`common.role.${open.role}`), email: open.email ?? '' }}
                  components={{ time: <Time iso={open.expiresAt} locale={locale} /> }}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
      {view && view.accessRequests.length > 0 && (
        <section className="card" aria-labelledby="requests-heading">
          <h2 id="requests-heading">{t('app.members.requestsHeading')}</h2>
          <p className="muted">{t('app.members.requestsHint')}</p>
          <ul>
            {view.accessRequests.map((request) => (
              <li key={request.email}>
                <Trans
                  i18nKey="app.members.request"
                  values={{ name: request.name, email: request.email }}
                  components={{ time: <Time iso={request.requestedAt} locale={locale} /> }}
                />
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
  const { t } = useText()
  return (
    <li className="member-row">
      <span>
        <strong>{member.name}</strong> <span className="muted">{member.email}</span>
        {isSelf && <span className="muted">{t('app.members.you')}</span>}
      </span>
      <Field label={t('app.members.roleOf', { name: member.name })}>
        {(id) => (
          <select
            id={id}
            value={member.role}
            onChange={(event) => isRole(event.target.value) && onRole(event.target.value)}
          >
            <RoleOptions />
          </select>
        )}
      </Field>
      {!isSelf && (
        <button type="button" onClick={onRemove}>
          {t('app.members.remove', { name: member.name })}
        </button>
      )}
    </li>
  )
}

/** The options of a role select, lowest role first, each named in the reviewer's language. */
function RoleOptions() {
  const { t } = useText()
  return ROLES.map((role) => (
    <option key={role} value={role}>
      {t(`common.role.${role}`)}
    </option>
  ))
}

/** A stored time as the reviewer's language writes it; the machine-readable time kept beside. */
function Time({ iso, locale }: { iso: string; locale: Locale }) {
  return <time dateTime={iso}>{formatDateTime(iso, locale)}</time>
}
