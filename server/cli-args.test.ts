import { describe, expect, it } from 'vitest'
import { CliArgsError, parseCliArgs, wantsHelp } from './cli-args'

describe('parseCliArgs', () => {
  it('uses the defaults without arguments', () => {
    expect(parseCliArgs([], {})).toEqual({
      port: 1234,
      host: '127.0.0.1',
      dataDir: './data',
      exitWithStdin: false,
      allowedOrigins: []
    })
  })

  it('reads every flag in both spellings', () => {
    expect(
      parseCliArgs(['--port', '8080', '--host=0.0.0.0', '--data', '/var/claimdesk', '--static=web'])
    ).toEqual({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/var/claimdesk',
      staticDir: 'web',
      exitWithStdin: false,
      allowedOrigins: []
    })
  })

  it('takes the port from PORT, and --port over PORT', () => {
    expect(parseCliArgs([], { PORT: '4000' }).port).toBe(4000)
    expect(parseCliArgs(['--port', '5000'], { PORT: '4000' }).port).toBe(5000)
    expect(parseCliArgs([], { PORT: '' }).port).toBe(1234)
  })

  it('accepts port 0 (any free port)', () => {
    expect(parseCliArgs(['--port', '0']).port).toBe(0)
  })

  it.each([
    [['--port', 'abc'], /--port must be a port number/],
    [['--port', '70000'], /--port must be a port number/],
    [['--port', '-1'], /--port needs a value|--port must be/],
    [['--port'], /--port needs a value/],
    [['--data', '--port', '1'], /--data needs a value/],
    [['--host='], /--host needs a value/],
    [['--verbose'], /unknown argument "--verbose"/],
    [['serve'], /unknown argument "serve"/],
    [['--port', '1', '--port', '2'], /--port given twice/]
  ])('refuses %j', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(CliArgsError)
    expect(() => parseCliArgs(argv)).toThrow(message)
  })

  it('refuses a bad PORT variable with its name', () => {
    expect(() => parseCliArgs([], { PORT: 'http' })).toThrow(/^PORT must be a port number/)
  })

  it('gives one-line messages', () => {
    try {
      parseCliArgs(['--nope'])
    } catch (error) {
      expect((error as Error).message).not.toContain('\n')
    }
  })

  it('recognises --help', () => {
    expect(wantsHelp(['--help'])).toBe(true)
    expect(wantsHelp(['--port', '1'])).toBe(false)
  })

  it('reads the --exit-with-stdin switch, once, without a value', () => {
    expect(parseCliArgs(['--exit-with-stdin', '--port', '0']).exitWithStdin).toBe(true)
    expect(() => parseCliArgs(['--exit-with-stdin', '--exit-with-stdin'])).toThrow('given twice')
  })

  it('reads --allow-origin as a list of exact http(s) origins', () => {
    expect(
      parseCliArgs(['--allow-origin', 'http://localhost:5173,https://desk.example']).allowedOrigins
    ).toEqual(['http://localhost:5173', 'https://desk.example'])
    expect(() => parseCliArgs(['--allow-origin', 'http://x.example/path'])).toThrow('origins')
    expect(() => parseCliArgs(['--allow-origin', 'ftp://x.example'])).toThrow('origins')
  })
})

describe('team server flags', () => {
  it('reads --public-url as an origin and the three --oidc-* flags together', () => {
    const options = parseCliArgs([
      '--public-url',
      'https://claimdesk.newsroom.example/',
      '--oidc-issuer',
      'https://id.newsroom.example',
      '--oidc-client-id',
      'claimdesk',
      '--oidc-client-secret-file',
      '/etc/claimdesk/oidc-secret'
    ])
    expect(options.publicUrl).toBe('https://claimdesk.newsroom.example')
    expect(options.oidc).toEqual({
      issuer: 'https://id.newsroom.example',
      clientId: 'claimdesk',
      clientSecretFile: '/etc/claimdesk/oidc-secret'
    })
  })

  it('refuses a public URL with a path, and a partial identity provider', () => {
    expect(() => parseCliArgs(['--public-url', 'https://x.example/claimdesk'])).toThrow(
      /--public-url takes/
    )
    expect(() => parseCliArgs(['--oidc-issuer', 'https://id.example'])).toThrow(
      /needs all of --oidc-issuer, --oidc-client-id and --oidc-client-secret-file/
    )
  })
})

describe('the newsroom flags', () => {
  it('reads --org-name and --org-url together as the publisher of ClaimReview exports', () => {
    const options = parseCliArgs([
      '--org-name',
      ' Lindenfeld Courier ',
      '--org-url=https://courier.example'
    ])
    expect(options.publisher).toEqual({
      name: 'Lindenfeld Courier',
      url: 'https://courier.example/'
    })
    expect(parseCliArgs([]).publisher).toBeUndefined()
  })

  it.each([
    [['--org-name', 'Courier'], /needs both --org-name and --org-url/],
    [['--org-url', 'https://courier.example'], /needs both --org-name and --org-url/],
    [['--org-name', ' ', '--org-url', 'https://courier.example'], /needs both/],
    [['--org-name', 'Courier', '--org-url', 'courier.example'], /--org-url takes/],
    [['--org-name', 'Courier', '--org-url', 'https://a:b@courier.example'], /--org-url takes/]
  ])('refuses %j', (argv, error) => {
    expect(() => parseCliArgs(argv)).toThrow(CliArgsError)
    expect(() => parseCliArgs(argv)).toThrow(error)
  })
})
