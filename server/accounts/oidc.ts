/**
 * Sign-in through the newsroom's identity provider: OpenID Connect's
 * authorization code flow with PKCE, state and nonce, by openid-client.
 * `GET /sign-in/oidc?next=PATH` sends the browser to the provider;
 * `GET /sign-in/oidc/callback` checks what comes back (openid-client verifies
 * the ID token's issuer, audience, expiry, nonce and, as we ask it to, its
 * signature against the provider's published keys) and signs in
 * the member whose email the provider verified. An unknown email becomes an
 * access request for an admin, never an account.
 */
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { parse as parseCookies, serialize } from 'cookie'
import type { Configuration } from 'openid-client'
import type { Message } from '../../src/core/i18n/message'
import { message } from '../../src/core/i18n/message'
import type { Logger } from '../logger'
import type { Accounts } from './accounts'
import type { PageLanguage } from './auth-pages'
import { messagePage, pageLanguage, sendPage } from './auth-pages'
import { safeNext } from './auth-routes'
import type { IdentityProvider } from './identity-provider'

/** How to reach the provider. */
export interface OidcOptions {
  readonly issuer: string
  readonly clientId: string
  /** A file holding the client secret (kept out of the command line and the process list). */
  readonly clientSecretFile: string
  readonly accounts: Accounts
  /** Where the provider sends members back to; else the address the request came to. */
  readonly publicUrl?: string
  readonly logger: Logger
}

/** A sign-in on its way through the provider, by the id in its cookie. */
interface PendingSignIn {
  readonly verifier: string
  readonly state: string
  readonly nonce: string
  readonly next: string
  readonly redirectUri: string
  readonly startedAt: number
  /** The sign-in page's language, for the pages after the provider's (its redirect has none). */
  readonly language: PageLanguage
}

const COOKIE = 'claimdesk_oidc'
const PENDING_MS = 10 * 60 * 1000
const MAX_PENDING = 10_000

/** Discovers the provider and returns the routes that sign members in through it. */
export async function createOidcProvider(options: OidcOptions): Promise<IdentityProvider> {
  const client = await import('openid-client')
  const secret = readFileSync(options.clientSecretFile, 'utf8').trim()
  if (secret.length === 0) throw new Error(`${options.clientSecretFile} is empty`)
  const issuer = new URL(options.issuer)
  // Plain http only for a provider on this machine (tests, a local proxy).
  const local =
    issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname)
  let config: Configuration
  try {
    config = await client.discovery(issuer, options.clientId, secret, undefined, {
      // openid-client trusts TLS for an ID token from the token endpoint; we check its
      // signature against the provider's keys as well, so a tampering proxy is caught.
      execute: local
        ? [client.allowInsecureRequests, client.enableNonRepudiationChecks]
        : [client.enableNonRepudiationChecks]
    })
  } catch (error) {
    throw new Error(
      `the identity provider at ${options.issuer} could not be reached or described itself wrongly: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error }
    )
  }
  const pending = new Map<string, PendingSignIn>()
  const forgetOld = (now: number) => {
    for (const [id, entry] of pending) {
      if (now - entry.startedAt < PENDING_MS && pending.size < MAX_PENDING) break
      pending.delete(id)
    }
  }
  const base = (request: IncomingMessage): string =>
    options.publicUrl ?? `http://${request.headers.host ?? '127.0.0.1'}`
  const secure = options.publicUrl?.startsWith('https:') ?? false
  const fail = (response: ServerResponse, status: number, text: Message, language: PageLanguage) =>
    sendPage(
      response,
      status,
      messagePage(language, message('server.provider.failedTitle'), text, {
        href: '/sign-in',
        label: message('server.provider.backToSignIn')
      })
    )

  return {
    async handle(request, response, url, sessions) {
      const asked = pageLanguage(request, url)
      if (request.method !== 'GET') {
        response.writeHead(405, { Allow: 'GET' })
        return void response.end()
      }
      if (url.pathname === '/sign-in/oidc') {
        const now = Date.now()
        forgetOld(now)
        const id = randomBytes(18).toString('base64url')
        const verifier = client.randomPKCECodeVerifier()
        const entry: PendingSignIn = {
          verifier,
          state: client.randomState(),
          nonce: client.randomNonce(),
          next: safeNext(url.searchParams.get('next')),
          redirectUri: `${base(request)}/sign-in/oidc/callback`,
          startedAt: now,
          language: asked
        }
        pending.set(id, entry)
        const target = client.buildAuthorizationUrl(config, {
          redirect_uri: entry.redirectUri,
          scope: 'openid email profile',
          code_challenge: await client.calculatePKCECodeChallenge(verifier),
          code_challenge_method: 'S256',
          state: entry.state,
          nonce: entry.nonce
        })
        response.writeHead(303, {
          Location: target.href,
          'Cache-Control': 'no-store',
          'Set-Cookie': serialize(COOKIE, id, {
            httpOnly: true,
            sameSite: 'lax',
            secure,
            path: '/sign-in/oidc',
            maxAge: PENDING_MS / 1000
          })
        })
        return void response.end()
      }
      if (url.pathname !== '/sign-in/oidc/callback') {
        return fail(response, 404, message('server.provider.nothingHere'), asked)
      }
      const id = parseCookies(request.headers.cookie ?? '')[COOKIE]
      const entry = id ? pending.get(id) : undefined
      if (id) pending.delete(id)
      if (!entry || Date.now() - entry.startedAt > PENDING_MS) {
        return fail(response, 400, message('server.provider.tooOld'), asked)
      }
      const { language } = entry
      let claims
      try {
        const callback = new URL(`${entry.redirectUri}${url.search}`)
        const tokens = await client.authorizationCodeGrant(config, callback, {
          pkceCodeVerifier: entry.verifier,
          expectedState: entry.state,
          expectedNonce: entry.nonce,
          idTokenExpected: true
        })
        claims = tokens.claims()
      } catch (error) {
        options.logger.warn('identity provider sign-in refused', { error })
        return fail(response, 401, message('server.provider.unverified'), language)
      }
      const email = typeof claims?.['email'] === 'string' ? claims['email'] : undefined
      if (!email || claims?.['email_verified'] !== true) {
        return fail(response, 403, message('server.provider.noEmail'), language)
      }
      const member = await options.accounts.store.findMemberByEmail(email)
      if (!member) {
        const name = typeof claims?.['name'] === 'string' ? claims['name'] : email
        await options.accounts.store.addAccessRequest({
          email,
          name,
          requestedAt: new Date().toISOString()
        })
        return sendPage(
          response,
          403,
          messagePage(
            language,
            message('server.provider.requestedTitle'),
            message('server.provider.requestedText', { email })
          )
        )
      }
      await sessions.startSession(member.id, entry.next)
    }
  }
}
