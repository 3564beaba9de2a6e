import { describe, expect, it } from 'vitest'
import { signInStep, startsProviderSignIn } from './provider-sign-in'

const TEAM = 'https://claimdesk.newsroom.example'

describe('signing in through the identity provider from the desktop app', () => {
  it('recognises the start of a provider sign-in on the current server only', () => {
    expect(startsProviderSignIn(`${TEAM}/sign-in/oidc?next=%2F`, TEAM)).toBe(true)
    expect(startsProviderSignIn(`${TEAM}/sign-in`, TEAM)).toBe(false)
    expect(startsProviderSignIn(`${TEAM}/sign-in/oidc/callback?code=x`, TEAM)).toBe(false)
    expect(startsProviderSignIn('https://other.example/sign-in/oidc', TEAM)).toBe(false)
  })

  it('lets the provider’s pages and the server’s sign-in routes load in the sign-in window', () => {
    expect(signInStep('https://id.newsroom.example/authorize?x=1', TEAM)).toEqual({
      kind: 'continue'
    })
    expect(signInStep('https://login.microsoftonline.example/mfa', TEAM)).toEqual({
      kind: 'continue'
    })
    expect(signInStep(`${TEAM}/sign-in/oidc/callback?code=abc&state=s`, TEAM)).toEqual({
      kind: 'continue'
    })
    expect(signInStep('http://127.0.0.1:4000/auth', TEAM)).toEqual({ kind: 'continue' })
  })

  it('finishes once the server sends the browser on into the app', () => {
    expect(signInStep(`${TEAM}/?room=desk`, TEAM)).toEqual({
      kind: 'finish',
      url: `${TEAM}/?room=desk`
    })
  })

  it('refuses plain http elsewhere, credentials in URLs and other schemes', () => {
    expect(signInStep('http://id.newsroom.example/authorize', TEAM)).toEqual({ kind: 'refuse' })
    expect(signInStep('https://user:pw@id.example/', TEAM)).toEqual({ kind: 'refuse' })
    expect(signInStep('file:///etc/passwd', TEAM)).toEqual({ kind: 'refuse' })
    expect(signInStep('not a url', TEAM)).toEqual({ kind: 'refuse' })
  })
})
