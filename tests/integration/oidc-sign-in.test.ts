/**
 * Signing in through the newsroom's identity provider: a real OpenID provider
 * (oidc-provider) on loopback, the real team server, and the browser's part
 * played by following the redirects by hand with each side's cookies.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { IdentityProvider } from '../../server/accounts/identity-provider'
import { createOidcProvider } from '../../server/accounts/oidc'
import { createSilentLogger } from '../../server/logger'
import type { TeamServer } from '../support/team-server'
import { MEMBER_NAMES, startTeamServer } from '../support/team-server'
import type { TestIdentityProvider } from '../support/test-identity-provider'
import { startTestIdentityProvider } from '../support/test-identity-provider'

let server: TeamServer
let provider: TestIdentityProvider
const dir = mkdtempSync(join(tmpdir(), 'claimdesk-oidc-'))

beforeAll(async () => {
  // The server's address goes into the provider's client, the provider's into the server.
  const ready: { inner?: IdentityProvider } = {}
  server = await startTeamServer({
    server: {
      identityProvider: {
        handle: (...args) => {
          if (!ready.inner) throw new Error('identity provider not ready')
          return ready.inner.handle(...args)
        }
      }
    }
  })
  provider = await startTestIdentityProvider(`${server.url}/sign-in/oidc/callback`)
  const secretFile = join(dir, 'oidc-secret')
  writeFileSync(secretFile, `${provider.clientSecret}\n`)
  ready.inner = await createOidcProvider({
    issuer: provider.issuer,
    clientId: provider.clientId,
    clientSecretFile: secretFile,
    accounts: server.accounts,
    logger: createSilentLogger()
  })
})

afterAll(async () => {
  await server.close()
  await provider.close()
  rmSync(dir, { recursive: true, force: true })
})

/** A cookie jar per site, as a browser keeps one. */
class Jar {
  private readonly cookies = new Map<string, string>()
  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';')
      const [name = '', value = ''] = pair.split('=')
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name.trim())
      else this.cookies.set(name.trim(), value)
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
  }
}

/**
 * Starts a sign-in at the server and follows every redirect like a browser,
 * until the server answers with something other than a redirect to the
 * provider. Returns that answer and the server's cookies.
 */
async function signInThroughProvider(next = '/'): Promise<{ response: Response; jar: Jar }> {
  const ours = new Jar()
  const theirs = new Jar()
  let url = `${server.url}/sign-in/oidc?next=${encodeURIComponent(next)}`
  for (let hop = 0; hop < 20; hop++) {
    const jar = url.startsWith(server.url) ? ours : theirs
    const response = await fetch(url, { redirect: 'manual', headers: { Cookie: jar.header() } })
    jar.take(response)
    const location = response.headers.get('location')
    if (response.status < 300 || response.status >= 400 || !location) return { response, jar: ours }
    const target = new URL(location, url).href
    if (url.startsWith(server.url) && target.startsWith(server.url)) return { response, jar: ours }
    url = target
  }
  throw new Error('too many redirects')
}

describe('OpenID Connect sign-in', () => {
  it('signs in a member whose verified email the provider vouches for', async () => {
    provider.signInAs('sub-checker', {
      email: 'checker@newsroom.example',
      emailVerified: true,
      name: 'Whatever The Provider Says'
    })
    const { response, jar } = await signInThroughProvider('/?room=desk')
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/?room=desk')
    const me = await fetch(`${server.url}/api/session`, { headers: { Cookie: jar.header() } })
    expect(me.status).toBe(200)
    // The name is the member's as the server keeps it, not the provider's.
    expect(await me.json()).toMatchObject({
      member: { name: MEMBER_NAMES.checker, role: 'checker' }
    })
  })

  it('gives an unknown email an access request, not an account', async () => {
    provider.signInAs('sub-stranger', {
      email: 'stranger@elsewhere.example',
      emailVerified: true,
      name: 'Sam Stranger'
    })
    const { response, jar } = await signInThroughProvider()
    expect(response.status).toBe(403)
    expect(await response.text()).toContain('Access requested')
    expect(jar.header()).not.toContain('claimdesk_session')
    expect(
      await server.accounts.store.findMemberByEmail('stranger@elsewhere.example')
    ).toBeUndefined()
    const requests = await fetch(`${server.url}/api/members`, {
      headers: server.members.admin.headers
    })
    expect(await requests.json()).toMatchObject({
      accessRequests: [{ email: 'stranger@elsewhere.example', name: 'Sam Stranger' }]
    })
  })

  it('refuses an email the provider did not verify', async () => {
    provider.signInAs('sub-unverified', {
      email: 'editor@newsroom.example',
      emailVerified: false,
      name: 'Not Really Edda'
    })
    const { response, jar } = await signInThroughProvider()
    expect(response.status).toBe(403)
    expect(jar.header()).not.toContain('claimdesk_session')
  })

  it('refuses a tampered ID token', async () => {
    provider.signInAs('sub-admin', {
      email: 'admin@newsroom.example',
      emailVerified: true,
      name: 'Ada'
    })
    provider.tamperWithIdTokens(true)
    try {
      const { response, jar } = await signInThroughProvider()
      expect(response.status).toBe(401)
      expect(await response.text()).toContain('could not be verified')
      expect(jar.header()).not.toContain('claimdesk_session')
    } finally {
      provider.tamperWithIdTokens(false)
    }
    // The same sign-in untampered works, so the refusal was the signature's.
    const { response } = await signInThroughProvider()
    expect(response.status).toBe(303)
  })

  it('refuses a callback that did not start here', async () => {
    const response = await fetch(`${server.url}/sign-in/oidc/callback?code=x&state=y`, {
      redirect: 'manual'
    })
    expect(response.status).toBe(400)
  })
})
