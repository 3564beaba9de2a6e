/** Small answers the account routes share; each returns true, "answered", for the router. */
import type { ServerResponse } from 'node:http'
import { sendError } from '../http-response'
import type { Member } from './account-store'

/** Sends `{"error": message}` with `status`. */
export function fail(response: ServerResponse, status: number, message: string): true {
  sendError(response, status, message)
  return true
}

/** 405 with the methods the route allows. */
export function refuse(response: ServerResponse, allowed: string): true {
  sendError(response, 405, 'method not allowed', { Allow: allowed })
  return true
}

/** The member as the API shows them. */
export function memberView(member: Member): Record<string, string> {
  return { id: member.id, email: member.email, name: member.name, role: member.role }
}
