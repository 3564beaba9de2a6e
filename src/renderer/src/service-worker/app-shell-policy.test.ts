import { describe, expect, it } from 'vitest'
import {
  classifyRequest,
  shellAssetPaths,
  shellCacheName,
  versionFromScriptUrl
} from './app-shell-policy'

const ORIGIN = 'http://127.0.0.1:4321'
const get = (path: string, mode = 'no-cors') => ({ method: 'GET', url: `${ORIGIN}${path}`, mode })

describe('classifyRequest', () => {
  it('serves the app page for any navigation to the root, whatever the room in the query', () => {
    expect(classifyRequest(get('/', 'navigate'), ORIGIN)).toBe('page')
    expect(classifyRequest(get('/?room=r1&user=Ann', 'navigate'), ORIGIN)).toBe('page')
  })

  it('serves hashed assets from the cache', () => {
    expect(classifyRequest(get('/assets/index-abc123.js'), ORIGIN)).toBe('asset')
  })

  it('never caches the API, the sync path or health checks', () => {
    expect(classifyRequest(get('/api/rooms/r1/briefing'), ORIGIN)).toBe('network')
    expect(classifyRequest(get('/sync/r1'), ORIGIN)).toBe('network')
    expect(classifyRequest(get('/healthz'), ORIGIN)).toBe('network')
    expect(classifyRequest(get('/api', 'navigate'), ORIGIN)).toBe('network')
  })

  it('leaves other methods, other origins and other paths to the network', () => {
    expect(classifyRequest({ ...get('/'), method: 'POST' }, ORIGIN)).toBe('network')
    expect(classifyRequest(get('/assets/x.js'), 'http://127.0.0.1:9999')).toBe('network')
    expect(classifyRequest(get('/sw.js'), ORIGIN)).toBe('network')
  })
})

describe('shellAssetPaths', () => {
  it('finds the scripts and styles of a built index.html, relative or absolute', () => {
    const html = `<script type="module" crossorigin src="./assets/index-A1.js"></script>
      <link rel="stylesheet" crossorigin href="./assets/index-B2.css">
      <link rel="modulepreload" href="/assets/vendor-C3.js"><link rel="icon" href="data:," />`
    expect(shellAssetPaths(html)).toEqual([
      '/assets/index-A1.js',
      '/assets/index-B2.css',
      '/assets/vendor-C3.js'
    ])
  })
})

describe('cache versions', () => {
  it('names one cache per build version, read from the worker URL', () => {
    expect(versionFromScriptUrl(`${ORIGIN}/sw.js?v=index-A1`)).toBe('index-A1')
    expect(versionFromScriptUrl(`${ORIGIN}/sw.js`)).toBe('dev')
    expect(shellCacheName('index-A1')).toBe('claimdesk-shell-index-A1')
  })
})
