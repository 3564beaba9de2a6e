/**
 * A real OpenID provider for sign-in tests: oidc-provider on loopback, with
 * accounts the test names and an interaction that signs in whoever the test
 * says is at the keyboard. It can also damage the ID token it issues, as an
 * attacker between the server and the provider would.
 */
import { createServer } from 'node:http'
import type { ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import Provider from 'oidc-provider'

/** What the provider says about one person. */
export interface TestIdentity {
  readonly email: string
  readonly emailVerified: boolean
  readonly name: string
}

export interface TestIdentityProvider {
  readonly issuer: string
  readonly clientId: string
  readonly clientSecret: string
  /** The person who signs in at the provider next. */
  signInAs(sub: string, identity: TestIdentity): void
  /** Flips one character of the next ID tokens' signature. */
  tamperWithIdTokens(on: boolean): void
  close(): Promise<void>
}

/** Starts a provider whose single client may redirect to `redirectUri`. */
export async function startTestIdentityProvider(
  redirectUri: string
): Promise<TestIdentityProvider> {
  const identities = new Map<string, TestIdentity>()
  let current = ''
  let tamper = false
  const clientId = 'claimdesk-test'
  const clientSecret = 'a-client-secret-for-tests-only-0123456789'
  // The provider needs its issuer URL, which needs the listening port: it is made after listening.
  const made: { provider?: Provider } = {}
  const http = createServer((request, response) => {
    const { provider } = made
    if (!provider) return void response.writeHead(503).end()
    const uid = /^\/interaction\/([\w-]+)$/.exec(request.url ?? '')?.[1]
    if (uid) {
      void finishInteraction(provider, request, response, current).catch(() => {
        response.writeHead(500).end()
      })
      return
    }
    if (tamper && (request.url ?? '').startsWith('/token')) damageIdToken(response)
    provider.callback()(request, response)
  })
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
  const issuer = `http://127.0.0.1:${(http.address() as AddressInfo).port}`
  made.provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code']
      }
    ],
    findAccount: (_context: unknown, sub: string) => {
      const identity = identities.get(sub)
      if (!identity) return undefined
      return {
        accountId: sub,
        claims: () => ({
          sub,
          email: identity.email,
          email_verified: identity.emailVerified,
          name: identity.name
        })
      }
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // The claims the client asked for by scope go into the ID token itself.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    interactions: {
      url: (_context: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}`
    },
    cookies: { keys: ['test-only-cookie-key'] }
  })
  return {
    issuer,
    clientId,
    clientSecret,
    signInAs(sub, identity) {
      identities.set(sub, identity)
      current = sub
    },
    tamperWithIdTokens(on) {
      tamper = on
    },
    close: () =>
      new Promise((resolve) => {
        http.closeAllConnections()
        http.close(() => resolve())
      })
  }
}

/** Signs in `accountId` at the login prompt and grants what was asked at the consent prompt. */
async function finishInteraction(
  provider: Provider,
  request: Parameters<Provider['interactionDetails']>[0],
  response: Parameters<Provider['interactionDetails']>[1],
  accountId: string
): Promise<void> {
  const details = await provider.interactionDetails(request, response)
  if (details.prompt.name === 'login') {
    return provider.interactionFinished(request, response, { login: { accountId } })
  }
  const grant = new provider.Grant({
    accountId: details.session?.accountId ?? accountId,
    clientId: details.params.client_id
  })
  const scope = details.params['scope']
  grant.addOIDCScope(typeof scope === 'string' ? scope : 'openid')
  const grantId = await grant.save()
  return provider.interactionFinished(
    request,
    response,
    { consent: { grantId } },
    { mergeWithLastSubmission: true }
  )
}

/** Makes the token response carry an ID token whose signature no longer matches. */
function damageIdToken(response: ServerResponse): void {
  const end = response.end.bind(response) as (chunk?: unknown, ...rest: unknown[]) => unknown
  ;(response as { end: unknown }).end = (chunk?: unknown, ...rest: unknown[]) => {
    if (typeof chunk === 'string' || Buffer.isBuffer(chunk)) {
      const text = chunk.toString()
      // A character in the middle of the signature: the last one may carry only padding bits.
      const damaged = text.replace(
        /("id_token":"[\w-]+\.[\w-]+\.[\w-]{10})([\w-])/,
        (_all, head: string, char: string) => `${head}${char === 'A' ? 'B' : 'A'}`
      )
      return end(typeof chunk === 'string' ? damaged : Buffer.from(damaged), ...rest)
    }
    return end(chunk, ...rest)
  }
}
