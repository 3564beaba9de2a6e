// Decides whether the Electron binary is usable here, following the installed
// electron package's own lookup (its index.js and path.txt) and electron-vite's
// ELECTRON_EXEC_PATH override. Pure: file access comes in as parameters.
import { join } from 'node:path'

/**
 * Where the Electron executable is, or why there is none.
 * @param {{ electronDir: string, env: Record<string, string | undefined>,
 *   fileExists: (path: string) => boolean, readText: (path: string) => string | null }} input
 * @returns {{ found: true, path: string } | { found: false, path: string | null, reason: string }}
 */
export function locateElectronBinary({ electronDir, env, fileExists, readText }) {
  if (env.ELECTRON_EXEC_PATH) {
    const path = env.ELECTRON_EXEC_PATH
    return fileExists(path)
      ? { found: true, path }
      : { found: false, path, reason: `ELECTRON_EXEC_PATH points at a missing file: ${path}` }
  }
  const relativePath = readText(join(electronDir, 'path.txt'))?.trim() || null
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const path = join(env.ELECTRON_OVERRIDE_DIST_PATH, relativePath ?? 'electron')
    return fileExists(path)
      ? { found: true, path }
      : { found: false, path, reason: `no Electron binary at ${path}` }
  }
  if (!relativePath) {
    const pathFile = join(electronDir, 'path.txt')
    return {
      found: false,
      path: null,
      reason: `the Electron binary was never downloaded: ${pathFile} is missing`
    }
  }
  const path = join(electronDir, 'dist', relativePath)
  return fileExists(path)
    ? { found: true, path }
    : { found: false, path, reason: `no Electron binary at ${path}` }
}

/**
 * Whether to try Electron's own lazy download: not when the user opted out.
 * @param {Record<string, string | undefined>} env
 */
export function shouldTryDownload(env) {
  const skip = env.ELECTRON_SKIP_BINARY_DOWNLOAD
  return !skip || skip === '0' || skip.toLowerCase() === 'false'
}

/**
 * The one line `npm start` prints when it falls back to the browser app.
 * @param {string} reason
 */
export function browserFallbackMessage(reason) {
  return `Electron is not available on this machine (${reason}); serving the browser app instead.`
}
