import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  browserFallbackMessage,
  locateElectronBinary,
  shouldTryDownload
} from './electron-binary.mjs'

const ELECTRON_DIR = '/app/node_modules/electron'

/** A lookup over an in-memory file system holding `files` (path → content). */
function lookup(files: Record<string, string>, env: Record<string, string | undefined> = {}) {
  return locateElectronBinary({
    electronDir: ELECTRON_DIR,
    env,
    fileExists: (path) => path in files,
    readText: (path) => files[path] ?? null
  })
}

describe('locateElectronBinary', () => {
  it('finds the binary named by path.txt under dist/', () => {
    const files = {
      [join(ELECTRON_DIR, 'path.txt')]: 'electron',
      [join(ELECTRON_DIR, 'dist/electron')]: ''
    }
    expect(lookup(files)).toEqual({ found: true, path: join(ELECTRON_DIR, 'dist/electron') })
  })

  it('reports a package whose binary was never downloaded', () => {
    expect(lookup({})).toEqual({
      found: false,
      path: null,
      reason: `the Electron binary was never downloaded: ${ELECTRON_DIR}/path.txt is missing`
    })
  })

  it('reports a path.txt whose binary is gone', () => {
    const result = lookup({ [join(ELECTRON_DIR, 'path.txt')]: 'electron' })
    expect(result).toMatchObject({ found: false, path: join(ELECTRON_DIR, 'dist/electron') })
  })

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does', () => {
    const env = { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' }
    expect(lookup({ '/opt/electron/electron': '' }, env)).toEqual({
      found: true,
      path: '/opt/electron/electron'
    })
    expect(lookup({}, env)).toMatchObject({ found: false, path: '/opt/electron/electron' })
  })

  it('honours ELECTRON_EXEC_PATH like electron-vite does', () => {
    const env = { ELECTRON_EXEC_PATH: '/usr/lib/electron/electron' }
    expect(lookup({ '/usr/lib/electron/electron': '' }, env)).toMatchObject({ found: true })
    expect(lookup({}, env)).toMatchObject({ found: false, path: '/usr/lib/electron/electron' })
  })
})

describe('shouldTryDownload', () => {
  it('downloads unless ELECTRON_SKIP_BINARY_DOWNLOAD is set', () => {
    expect(shouldTryDownload({})).toBe(true)
    expect(shouldTryDownload({ ELECTRON_SKIP_BINARY_DOWNLOAD: '0' })).toBe(true)
    expect(shouldTryDownload({ ELECTRON_SKIP_BINARY_DOWNLOAD: '1' })).toBe(false)
    expect(shouldTryDownload({ ELECTRON_SKIP_BINARY_DOWNLOAD: 'true' })).toBe(false)
  })
})

describe('browserFallbackMessage', () => {
  it('is one line that names the reason', () => {
    const message = browserFallbackMessage('no binary')
    expect(message).toBe(
      'Electron is not available on this machine (no binary); serving the browser app instead.'
    )
    expect(message).not.toContain('\n')
  })
})
