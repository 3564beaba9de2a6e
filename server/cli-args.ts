/** Parses the `serve` command line; pure, so every rule is unit-tested. */
import { parseArgs } from 'node:util'
import { parseHttpUrl } from '../src/core/source-line'

/** The server's settings from the command line and environment. */
export interface CliOptions {
  readonly port: number
  readonly host: string
  readonly dataDir: string
  /** Directory of the browser app, when given with `--static`. */
  readonly staticDir?: string
  /** `--exit-with-stdin`: shut down when stdin closes, i.e. when the parent process is gone. */
  readonly exitWithStdin: boolean
  /** `--allow-origin A,B`: origins besides the server's own whose pages may use it. */
  readonly allowedOrigins: readonly string[]
  /** `--public-url URL`: the address members use; the only host name answered besides loopback. */
  readonly publicUrl?: string
  /** `--oidc-issuer URL --oidc-client-id ID --oidc-client-secret-file FILE`: sign-in through an identity provider. */
  readonly oidc?: {
    readonly issuer: string
    readonly clientId: string
    readonly clientSecretFile: string
  }
  /** `--org-name NAME --org-url URL`: the newsroom named as the author of ClaimReview exports. */
  readonly publisher?: {
    readonly name: string
    readonly url: string
  }
}

/** A command line the server refuses; the message is one line for stderr. */
export class CliArgsError extends Error {
  override readonly name = 'CliArgsError'
}

/** Usage text for `--help`. */
export const USAGE =
  'usage: serve [--port PORT] [--host HOST] [--data DIR] [--static DIR] [--allow-origin ORIGINS] [--public-url URL] [--oidc-issuer URL --oidc-client-id ID --oidc-client-secret-file FILE] [--org-name NAME --org-url URL] [--exit-with-stdin]  (PORT also from $PORT; defaults 1234, 127.0.0.1, ./data)'

const DEFAULTS = { port: 1234, host: '127.0.0.1', dataDir: './data' }

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  data: { type: 'string' },
  static: { type: 'string' },
  'allow-origin': { type: 'string' },
  'public-url': { type: 'string' },
  'oidc-issuer': { type: 'string' },
  'oidc-client-id': { type: 'string' },
  'oidc-client-secret-file': { type: 'string' },
  'org-name': { type: 'string' },
  'org-url': { type: 'string' },
  'exit-with-stdin': { type: 'boolean' }
} as const

function parsePort(text: string, origin: string): number {
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65535) {
    throw new CliArgsError(`${origin} must be a port number from 0 to 65535, got "${text}"`)
  }
  return Number(text)
}

/** The option named in one of parseArgs' error messages ("Option '--port <value>' …"). */
function optionIn(message: string): string {
  return /'(-{1,2}[\w-]+)/.exec(message)?.[1] ?? 'an option'
}

/** The flags, read by node:util's parseArgs; its errors become one-line CliArgsErrors. */
function readFlags(argv: readonly string[]): Map<string, string> {
  let parsed
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, strict: true, tokens: true })
  } catch (error) {
    const { code, message } = error as { code?: string; message: string }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new CliArgsError(`${optionIn(message)} needs a value`, { cause: error })
    }
    const given = /'([^']*)'/.exec(message)?.[1] ?? message
    throw new CliArgsError(`unknown argument "${given}"; ${USAGE}`, { cause: error })
  }
  const flags = new Map<string, string>()
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue
    const name = `--${token.name}`
    if (flags.has(name)) throw new CliArgsError(`${name} given twice`)
    // parseArgs takes "--host=" as an empty value; an empty value is no value here.
    if (token.value === '') throw new CliArgsError(`${name} needs a value`)
    flags.set(name, token.value ?? 'true')
  }
  return flags
}

/** An http(s) origin exactly as given (no path), or null. */
function exactOrigin(text: string): string | null {
  try {
    const url = new URL(text)
    return /^https?:$/.test(url.protocol) && url.origin === text.replace(/\/$/, '')
      ? url.origin
      : null
  } catch {
    return null
  }
}

/** A comma-separated list of http(s) origins, each checked to be exactly an origin. */
function parseOrigins(text: string | undefined): string[] {
  if (text === undefined) return []
  return text.split(',').map((entry) => {
    const origin = exactOrigin(entry.trim())
    if (!origin) {
      throw new CliArgsError(
        `--allow-origin takes http(s) origins like http://localhost:5173, got "${entry}"`
      )
    }
    return origin
  })
}

/** `--public-url`: an http(s) origin, as members type it. */
function parsePublicUrl(text: string | undefined): string | undefined {
  if (text === undefined) return undefined
  const origin = exactOrigin(text.trim())
  if (!origin) {
    throw new CliArgsError(
      `--public-url takes the http(s) address members use, like https://claimdesk.newsroom.example, got "${text}"`
    )
  }
  return origin
}

/** The three --oidc-* flags: all or none. */
function parseOidc(flags: Map<string, string>): CliOptions['oidc'] {
  const issuer = flags.get('--oidc-issuer')
  const clientId = flags.get('--oidc-client-id')
  const clientSecretFile = flags.get('--oidc-client-secret-file')
  const given = [issuer, clientId, clientSecretFile].filter((value) => value !== undefined)
  if (given.length === 0) return undefined
  if (!issuer || !clientId || !clientSecretFile) {
    throw new CliArgsError(
      'sign-in through an identity provider needs all of --oidc-issuer, --oidc-client-id and --oidc-client-secret-file'
    )
  }
  try {
    if (!/^https?:$/.test(new URL(issuer).protocol)) throw new Error('not http(s)')
  } catch {
    throw new CliArgsError(`--oidc-issuer must be an http(s) URL, got "${issuer}"`)
  }
  return { issuer, clientId, clientSecretFile }
}

/** `--org-name` and `--org-url`, both or neither: the newsroom's name and its http(s) home page. */
function parsePublisher(flags: Map<string, string>): CliOptions['publisher'] {
  const name = flags.get('--org-name')?.trim()
  const url = flags.get('--org-url')?.trim()
  if (name === undefined && url === undefined) return undefined
  if (!name || !url) {
    throw new CliArgsError('the newsroom needs both --org-name and --org-url')
  }
  const parsed = parseHttpUrl(url)
  if (!parsed || parsed.username || parsed.password) {
    throw new CliArgsError(
      `--org-url takes the newsroom's http(s) home page, like https://news.example, got "${url}"`
    )
  }
  return { name, url: parsed.href }
}

/** Reads `argv` (without node and script) and `env`; `--port` wins over `$PORT`. */
export function parseCliArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {}
): CliOptions {
  const flags = readFlags(argv)
  const portFlag = flags.get('--port')
  const envPort = env.PORT?.trim()
  const port =
    portFlag !== undefined
      ? parsePort(portFlag, '--port')
      : envPort
        ? parsePort(envPort, 'PORT')
        : DEFAULTS.port
  const staticDir = flags.get('--static')
  return {
    port,
    host: flags.get('--host') ?? DEFAULTS.host,
    dataDir: flags.get('--data') ?? DEFAULTS.dataDir,
    exitWithStdin: flags.has('--exit-with-stdin'),
    allowedOrigins: parseOrigins(flags.get('--allow-origin')),
    ...(staticDir !== undefined ? { staticDir } : {}),
    ...optional('publicUrl', parsePublicUrl(flags.get('--public-url'))),
    ...optional('oidc', parseOidc(flags)),
    ...optional('publisher', parsePublisher(flags))
  }
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V }
}

/** True when the user asked for usage instead of a server. */
export function wantsHelp(argv: readonly string[]): boolean {
  return argv.includes('--help') || argv.includes('-h')
}
