/**
 * What the reviewer may do in the open room, for the UI to show only that. The server
 * enforces the same roles on every update; this only keeps the UI honest about them.
 */
import { createContext, useContext } from 'react'
import type { Permission, Role } from '../../core/access/roles'
import { lowestRoleFor, permits } from '../../core/access/roles'

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
export function readOnlyReason(access: RoomAccess): string | null {
  if (access.role === null || access.can('edit')) return null
  const needed = lowestRoleFor('edit')
  if (access.can('check')) {
    return `Your role in this room is ${access.role}: you can tag claims, but editing the text needs the ${needed} role.`
  }
  return `Read only: your role in this room is ${access.role}; editing needs the ${needed} role.`
}

/** The open room's access; a room without a provider is an open server's. */
export const RoomAccessContext = createContext<RoomAccess>(OPEN_ACCESS)

export function useAccess(): RoomAccess {
  return useContext(RoomAccessContext)
}
