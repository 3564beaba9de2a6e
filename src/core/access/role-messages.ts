/** Roles in sentences: a role's name, and the refusals that name the role an action needs. */
import type { Message, MessageKey } from '../i18n/message'
import { message } from '../i18n/message'
import type { Permission, Role } from './roles'
import { lowestRoleFor } from './roles'

/** The role's name, in sentences and labels alike ("viewer", „Leser:in“). */
export function roleName(role: Role): Message {
  return message(`common.role.${role}`)
}

/**
 * `key`, a sentence "your role ({{role}}) may not …; that needs {{needed}}", for `role`, which
 * lacks `permission`: the lowest role that has it is named as the one needed.
 */
export function roleRefusal(key: MessageKey, role: Role, permission: Permission): Message {
  return message(key, { role: roleName(role), needed: roleName(lowestRoleFor(permission)) })
}
