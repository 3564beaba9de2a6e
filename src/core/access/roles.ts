/**
 * Members' roles on a team server and what each may do. Roles are ordered:
 * each may do everything the one before it may, and more.
 */

/** The roles, lowest first. */
export const ROLES = ['viewer', 'commenter', 'checker', 'editor', 'admin'] as const

/** A member's role, on the server or in one room. */
export type Role = (typeof ROLES)[number]

/**
 * What a role may do:
 * - `read`: open a room, export it;
 * - `comment`: comment on claims and reply;
 * - `check`: tag claims, set statuses, attach sources, assign, edit statements;
 * - `edit`: edit the briefing text, import briefings, delete claims;
 * - `administer`: members, invites, room access.
 */
export type Permission = 'read' | 'comment' | 'check' | 'edit' | 'administer'

/** The lowest role with each permission. */
const LOWEST_ROLE: Readonly<Record<Permission, Role>> = {
  read: 'viewer',
  comment: 'commenter',
  check: 'checker',
  edit: 'editor',
  administer: 'admin'
}

/** True for one of the role names. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}

/** True when `role` is `other` or above it. */
export function roleAtLeast(role: Role, other: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(other)
}

/** True when `role` may do `permission`. */
export function permits(role: Role, permission: Permission): boolean {
  return roleAtLeast(role, LOWEST_ROLE[permission])
}

/** The lowest role that may do `permission`, for refusals that say what would be needed. */
export function lowestRoleFor(permission: Permission): Role {
  return LOWEST_ROLE[permission]
}

/** A member as the room and the app see them: identity from the server, never from a client. */
export interface MemberIdentity {
  readonly id: string
  readonly name: string
  readonly email: string
}
