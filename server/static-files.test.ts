import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSyncServer } from './create-sync-server'
import type { SyncServer } from './create-sync-server'
import { resolveStaticPath } from './static-files'
import { createMemoryStorage } from './storage/memory-storage'

const root = mkdtempSync(join(tmpdir(), 'claimdesk-static-'))
const appDir = join(root, 'app')

describe('resolveStaticPath', () => {
  it.each([
    ['/', join(appDir, 'index.html')],
    ['/assets/app.js', join(appDir, 'assets/app.js')],
    ['/a%20b.txt', join(appDir, 'a b.txt')]
  ])('maps %s inside the root', (path, expected) => {
    expect(resolveStaticPath(appDir, path)).toBe(expected)
  })

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
    '/a%00b',
    '/%E0%A4%A',
    'relative'
  ])('refuses %s', (path) => {
    expect(resolveStaticPath(appDir, path)).toBeUndefined()
  })
})

/** A raw GET, so the path reaches the server exactly as written (fetch would normalise it). */
function rawGet(
  port: number,
  path: string
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (response) => {
      let body = ''
      response.on('data', (chunk: Buffer) => (body += chunk.toString()))
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body })
      )
    })
    req.on('error', reject)
    req.end()
  })
}

describe('static files over HTTP', () => {
  let server: SyncServer
  let port: number

  beforeAll(async () => {
    mkdirSync(join(appDir, 'assets'), { recursive: true })
    writeFileSync(join(appDir, 'index.html'), '<!doctype html><title>Claimdesk</title>')
    writeFileSync(join(appDir, 'assets', 'app.js'), 'console.log(1)')
    writeFileSync(join(root, 'secret.txt'), 'do not serve')
    server = createSyncServer({ storage: createMemoryStorage(), staticDir: appDir })
    port = (await server.listen(0)).port
  })

  afterAll(async () => {
    await server.close()
    rmSync(root, { recursive: true, force: true })
  })

  it('serves index.html at / with no-cache and security headers', async () => {
    const response = await rawGet(port, '/')
    expect(response.status).toBe(200)
    expect(response.body).toContain('<title>Claimdesk</title>')
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(response.headers['cache-control']).toBe('no-cache')
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(response.headers['x-content-type-options']).toBe('nosniff')
  })

  it('serves assets with their content type', async () => {
    const response = await rawGet(port, '/assets/app.js')
    expect(response.status).toBe(200)
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8')
  })

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/missing.js',
    '/assets'
  ])('404 for %s', async (path) => {
    const response = await rawGet(port, path)
    expect(response.status).toBe(404)
    expect(response.body).not.toContain('do not serve')
  })

  it('405 for POST to a static path', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/index.html`, { method: 'POST' })
    expect(response.status).toBe(405)
  })
})
