// `npm start`: the desktop app where Electron can run, otherwise the browser app
// served by the sync server. The decision itself lives in electron-binary.mjs.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  browserFallbackMessage,
  locateElectronBinary,
  shouldTryDownload
} from './electron-binary.mjs'

const DOWNLOAD_TIMEOUT_MS = 120_000
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const electronDir = dirname(require.resolve('electron/package.json'))
const electronVite = join(
  dirname(require.resolve('electron-vite/package.json')),
  'bin',
  'electron-vite.js'
)

/** Runs the electron package's own installer once, returning why it failed (or null). */
function downloadElectron() {
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: DOWNLOAD_TIMEOUT_MS
  })
  if (result.error) return `download failed: ${result.error.message}`
  if (result.status === 0) return null
  const firstLine = result.stderr.split('\n').find((line) => line.trim()) ?? `exit ${result.status}`
  return `download failed: ${firstLine.trim()}`
}

function locate() {
  return locateElectronBinary({
    electronDir,
    env: process.env,
    fileExists: existsSync,
    readText: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : null)
  })
}

/** Runs a command with inherited stdio, forwarding Ctrl+C/SIGTERM; resolves with its exit code. */
function run(command, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' })
    const forward = (signal) => child.kill(signal)
    process.on('SIGINT', forward)
    process.on('SIGTERM', forward)
    child.on('error', (error) => {
      console.error(`Could not run ${command}: ${error.message}`)
      resolve(1)
    })
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward)
      process.off('SIGTERM', forward)
      resolve(code ?? (signal ? 1 : 0))
    })
  })
}

async function main() {
  let binary = locate()
  let reason = binary.found ? null : binary.reason
  if (!binary.found && shouldTryDownload(process.env)) {
    const downloadError = downloadElectron()
    binary = locate()
    if (!binary.found) reason = downloadError ? `${reason}; ${downloadError}` : binary.reason
  }
  if (binary.found) {
    // electron-vite reads ELECTRON_EXEC_PATH, so it launches the binary we found.
    const env = { ...process.env, ELECTRON_EXEC_PATH: binary.path }
    return run(process.execPath, [electronVite, 'preview'], env)
  }
  console.log(browserFallbackMessage(reason ?? 'unknown reason'))
  const buildCode = await run(process.execPath, [electronVite, 'build', '--logLevel', 'warn'])
  if (buildCode !== 0) return buildCode
  const serverArgs = [join(root, 'out/main/server.js'), ...process.argv.slice(2)]
  return run(process.execPath, serverArgs)
}

process.exitCode = await main()
