/** Small answers the account routes share; each returns true, "answered", for the router. */
import type { ServerResponse } from 'node:http'
import type { Message } from '../../src/core/i18n/message'
import { message } from '../../src/core/i18n/message'
import { sendError, type Refused } from '../http-response'
import type { Member } from './account-store'

/** Sends `{"error": english, "reason": message}` with `status`. */
export function fail(response: ServerResponse, status: number, reason: Message | Refused): true {
  sendError(response, status, reason)
  return true
}

/** 405 with the methods the route allows. */
export function refuse(response: ServerResponse, allowed: string): true {
  sendError(response, 405, message('server.request.methodNotAllowed'), { Allow: allowed })
  return true
}

/** The member as the API shows them. */
export function memberView(member: Member): Record<string, string> {
  return { id: member.id, email: member.email, name: member.name, role: member.role }
}
