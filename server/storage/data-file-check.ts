/**
 * Refuses to start on a data directory whose database is gone or empty while
 * other files remain: SQLite would silently create a new, empty database and
 * every room would open empty. A fresh database is created only in an empty
 * (or new) directory.
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { basename, dirname } from 'node:path'

/** Thrown when the data directory looks damaged; the message says what to do. */
export class DamagedDataDirError extends Error {
  override readonly name = 'DamagedDataDirError'
}

/** Throws DamagedDataDirError when `filePath` is empty, or missing beside other files. */
export function checkDataFile(filePath: string): void {
  const dir = dirname(filePath)
  if (existsSync(filePath)) {
    if (statSync(filePath).size === 0) {
      throw new DamagedDataDirError(
        `${filePath} is empty (0 bytes); restore it from a backup, or remove it and every file beside it to start with no rooms`
      )
    }
    return
  }
  if (!existsSync(dir)) return
  const others = readdirSync(dir)
  if (others.length === 0) return
  const journal = others.filter((name) => name.startsWith(`${basename(filePath)}-`))
  const found = (journal.length > 0 ? journal : others).slice(0, 3).join(', ')
  throw new DamagedDataDirError(
    `${dir} holds files (${found}) but no ${basename(filePath)}; restore the database from a backup, or empty the directory to start with no rooms`
  )
}
