/** Sign-in through the newsroom's identity provider (OpenID Connect); see oidc.ts. */
import type { IncomingMessage, ServerResponse } from 'node:http'

/** What the provider's routes may do once the provider vouched for a member. */
export interface SessionStarter {
  /** Signs the member in and redirects to `next`. */
  startSession(memberId: string, next: string): Promise<void>
}

/** Routes under `/sign-in/oidc`: the redirect to the provider and the way back. */
export interface IdentityProvider {
  handle(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    sessions: SessionStarter
  ): Promise<void>
}
