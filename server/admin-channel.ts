/**
 * The local admin channel: a running server writes its address and a fresh
 * token to `DIR/server.json` (readable by the data directory's owner only),
 * so that tools run on the same machine (`npm run backup`) can ask it for
 * work it must do itself: it holds its database file exclusively.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** What `DIR/server.json` says of the server running on DIR. */
export interface ServerInfo {
  readonly pid: number
  readonly url: string
  readonly token: string
}

const FILE = 'server.json'

/** A new random admin token. */
export function createAdminToken(): string {
  return randomBytes(32).toString('base64url')
}

/** Writes `info` for tools on this machine; only the owner may read it. */
export function writeServerInfo(dataDir: string, info: ServerInfo): void {
  const target = join(dataDir, FILE)
  writeFileSync(`${target}.new`, `${JSON.stringify(info)}\n`, { mode: 0o600 })
  renameSync(`${target}.new`, target)
}

/** The running server's info, or undefined when there is none (or it is unreadable). */
export function readServerInfo(dataDir: string): ServerInfo | undefined {
  try {
    const value = JSON.parse(readFileSync(join(dataDir, FILE), 'utf8')) as Partial<ServerInfo>
    const { pid, url, token } = value
    if (typeof pid !== 'number' || typeof url !== 'string' || typeof token !== 'string') {
      return undefined
    }
    return { pid, url, token }
  } catch {
    return undefined
  }
}

/** Removes the info file, if it is still this server's. */
export function removeServerInfo(dataDir: string, token: string): void {
  if (readServerInfo(dataDir)?.token === token) rmSync(join(dataDir, FILE), { force: true })
}

/** True when `header` is `Bearer TOKEN` for exactly `token`. */
export function hasAdminToken(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '')
  const expected = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
