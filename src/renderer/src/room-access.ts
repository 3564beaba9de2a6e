/**
 * What the reviewer may do in the open room, for the UI to show only that. The server
 * enforces the same roles on every update; this only keeps the UI honest about them.
 */
import { createContext, useContext } from 'react'
import type { Permission, Role } from '../../core/access/roles'
import { lowestRoleFor, permits } from '../../core/access/roles'
import { roleName } from '../../core/access/role-messages'
import { message, type Message } from '../../core/i18n/message'

/** The reviewer's role in the room (null on a server without accounts) and a check by permission. */
export interface RoomAccess {
  readonly role: Role | null
  can(permission: Permission): boolean
}

/** A server without accounts: the one reviewer may do everything. */
export const OPEN_ACCESS: RoomAccess = { role: null, can: () => true }

/** The access of a member with `role`. */
export function accessFor(role: Role): RoomAccess {
  return { role, can: (permission) => permits(role, permission) }
}

/** Why the briefing text cannot be edited here, as shown above it; null when it can. */
export function readOnlyReason(access: RoomAccess): Message | null {
  if (access.role === null || access.can('edit')) return null
  const values = { role: roleName(access.role), needed: roleName(lowestRoleFor('edit')) }
  return access.can('check')
    ? message('app.readOnly.checker', values)
    : message('app.readOnly.viewer', values)
}

/** The open room's access; a room without a provider is an open server's. */
export const RoomAccessContext = createContext<RoomAccess>(OPEN_ACCESS)

export function useAccess(): RoomAccess {
  return useContext(RoomAccessContext)
}
