/**
 * Composition root of `npm run serve`: the sync server on SQLite plus the
 * built browser app. The first stdout line announces the URL; logs go to
 * stderr as JSON lines.
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { CliArgsError, USAGE, parseCliArgs, wantsHelp } from './cli-args'
import type { CliOptions } from './cli-args'
import { createAdminToken, removeServerInfo, writeServerInfo } from './admin-channel'
import { version } from '../package.json'
import { createSyncServer } from './create-sync-server'
import type { Logger } from './logger'
import { createJsonLineLogger } from './logger'
import { createSqliteStorage } from './storage/sqlite-storage'
import { Accounts } from './accounts/accounts'
import { runMemberCommand } from './accounts/member-commands'
import { createOidcProvider } from './accounts/oidc'
import { firstAdminHint, isLoopbackHost } from './accounts/setup'

/** The built renderer: beside the bundle (out/main/server.js), else under the working directory. */
function findStaticDir(options: CliOptions, logger: Logger): string | undefined {
  const candidates = options.staticDir
    ? [resolve(options.staticDir)]
    : [join(__dirname, '../renderer'), resolve(process.cwd(), 'out/renderer')]
  const found = candidates.find((dir) => existsSync(join(dir, 'index.html')))
  if (!found) {
    logger.warn('no browser app found (index.html); serving the API only', { tried: candidates })
  }
  return found
}

async function main(argv: readonly string[]): Promise<void> {
  if (wantsHelp(argv)) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  const options = parseCliArgs(argv, process.env)
  const logger = createJsonLineLogger(process.stderr)
  const dataDir = resolve(options.dataDir)
  const adminToken = createAdminToken()
  const storage = createSqliteStorage(join(dataDir, 'claimdesk.sqlite'), {
    onCheckpointError: (error) =>
      logger.warn(
        'checkpointing the write-ahead log failed; the log is kept and replayed on open',
        { error }
      )
  })
  // A server with members is a team server; one reachable from elsewhere must be one.
  const hasMembers = (await storage.accounts.countMembers()) > 0
  if (!hasMembers && !isLoopbackHost(options.host)) {
    await storage.close()
    throw new Error(firstAdminHint(options.dataDir, options.host))
  }
  const accounts = hasMembers
    ? new Accounts({
        store: storage.accounts,
        secureCookies: options.publicUrl?.startsWith('https:') ?? false
      })
    : undefined
  const identityProvider =
    accounts && options.oidc
      ? await createOidcProvider({
          ...options.oidc,
          accounts,
          publicUrl: options.publicUrl,
          logger
        })
      : undefined
  let localUrl = ''
  const server = createSyncServer({
    storage,
    logger,
    staticDir: findStaticDir(options, logger),
    allowedOrigins: options.allowedOrigins,
    admin: {
      token: adminToken,
      backup: (to) => storage.backup(to),
      members: accounts
        ? (command) => runMemberCommand(accounts, command, options.publicUrl ?? localUrl)
        : undefined
    },
    appVersion: version,
    publisher: options.publisher,
    accounts,
    publicUrl: options.publicUrl,
    identityProvider
  })

  let shuttingDown = false
  const handleSignal = (signal: NodeJS.Signals): void => {
    if (shuttingDown) return
    shuttingDown = true
    logger.info('shutting down', { signal })
    removeServerInfo(dataDir, adminToken)
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('shutdown failed', { error })
        process.exit(1)
      }
    )
  }
  process.once('SIGINT', handleSignal)
  process.once('SIGTERM', handleSignal)
  if (options.exitWithStdin) {
    // The desktop app holds our stdin open; if it dies without stopping us, stdin ends.
    process.stdin.on('end', () => handleSignal('SIGTERM'))
    process.stdin.resume()
  }
  // Announced last: whoever reads this line may signal us at once, so the handlers are in place.
  const { url } = await server.listen(options.port, options.host)
  // Tools on this machine reach a wildcard listener on loopback, any other at its own address.
  localUrl = ['0.0.0.0', '::'].includes(options.host)
    ? `http://127.0.0.1:${new URL(url).port}`
    : url
  writeServerInfo(dataDir, { pid: process.pid, url: localUrl, token: adminToken })
  process.stdout.write(`Claimdesk listening on ${url}/\n`)
  logger.info(
    accounts ? 'team server: members sign in' : 'open server: no sign-in (loopback only)',
    {
      publicUrl: options.publicUrl
    }
  )
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`claimdesk serve: ${message}\n`)
  process.exit(error instanceof CliArgsError ? 2 : 1)
})
