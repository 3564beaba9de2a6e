import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { translator } from '../core/i18n/translator'
import type { EmbeddedServerOptions } from './embedded-server'
import { waitFor } from '../../tests/support/wait-for'
import { resolveNodePath, startEmbeddedServer } from './embedded-server'

const fixture = (name: string): string => join(__dirname, 'test-fixtures', name)

function optionsFor(script: string, overrides: Partial<EmbeddedServerOptions> = {}) {
  return {
    spawn,
    nodePath: process.execPath,
    serverScript: fixture(script),
    dataDir: '/tmp/claimdesk-rooms',
    staticDir: '/tmp/claimdesk-static',
    timeoutMs: 5_000,
    ...overrides
  } satisfies EmbeddedServerOptions
}

describe('startEmbeddedServer', () => {
  it('resolves with the URL from the listening line and stops the child on request', async () => {
    const logs: string[] = []
    let unexpected = false
    const server = await startEmbeddedServer(
      optionsFor('listening-server.mjs', {
        onLog: (line) => logs.push(line),
        onUnexpectedExit: () => (unexpected = true)
      })
    )
    expect(server.url).toBe('http://127.0.0.1:45678/')
    await server.stop()
    await server.stop()
    // The child's last stderr line can trail its exit; the SIGTERM handler's line proves a graceful stop.
    await waitFor(
      () => logs.length >= 2,
      () => `only these logs arrived: ${logs.join(' | ')}`
    )
    expect(logs.map((line) => JSON.parse(line) as { msg: string })).toEqual([
      { msg: 'starting', dataDir: '/tmp/claimdesk-rooms' },
      { msg: 'stopped' }
    ])
    expect(unexpected).toBe(false)
  })

  it('reports an exit after startup that nobody asked for', async () => {
    const reason = await new Promise<string>((resolve, reject) => {
      startEmbeddedServer(optionsFor('crashing-server.mjs', { onUnexpectedExit: resolve })).catch(
        reject
      )
    })
    expect(reason).toBe('The sync server exited with code 7.')
  })

  it('rejects with the exit code and stderr when the server exits before listening', async () => {
    await expect(startEmbeddedServer(optionsFor('failing-server.mjs'))).rejects.toThrow(
      /exited with code 3 before it was ready\.\nError: cannot open database in \/nowhere/
    )
  })

  it('rejects when no listening line arrives within the timeout', async () => {
    await expect(
      startEmbeddedServer(optionsFor('silent-server.mjs', { timeoutMs: 300 }))
    ).rejects.toThrow('The sync server printed no listening line within 300 ms.')
  })

  it('explains how to point at Node when the executable is missing', async () => {
    await expect(
      startEmbeddedServer(optionsFor('listening-server.mjs', { nodePath: '/no/such/node' }))
    ).rejects.toThrow(/Could not start the sync server with "\/no\/such\/node".*CLAIMDESK_NODE/)
  })
})

describe('startEmbeddedServer in German', () => {
  const german = () => translator('de')

  it('says in German why the server did not start', async () => {
    await expect(
      startEmbeddedServer(optionsFor('failing-server.mjs', { text: german }))
    ).rejects.toThrow(
      /^Der Synchronisationsserver wurde mit Code 3 beendet, bevor er bereit war\.\n/
    )
    await expect(
      startEmbeddedServer(
        optionsFor('listening-server.mjs', { nodePath: '/no/such/node', text: german })
      )
    ).rejects.toThrow(/ließ sich mit „\/no\/such\/node“ nicht starten: .*CLAIMDESK_NODE/)
  })
})

describe('resolveNodePath', () => {
  it('prefers an explicit CLAIMDESK_NODE, then npm’s Node, then node on PATH', () => {
    expect(resolveNodePath({ npm_node_execpath: '/npm/node', CLAIMDESK_NODE: '/c/node' })).toBe(
      '/c/node'
    )
    expect(resolveNodePath({ npm_node_execpath: '/npm/node' })).toBe('/npm/node')
    expect(resolveNodePath({})).toBe('node')
  })
})
