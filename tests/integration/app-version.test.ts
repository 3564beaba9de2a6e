/** Every export says which Claimdesk wrote it: the version of package.json, through the CLI. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { version } from '../../package.json'
import { spawnServerProcess } from '../support/server-process'

const root = mkdtempSync(join(tmpdir(), 'claimdesk-version-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('the app version in exports', () => {
  it(
    'is named by the server that npm run serve starts, in every format',
    { timeout: 30_000 },
    async () => {
      const server = await spawnServerProcess({ dataDir: join(root, 'data') })
      try {
        const seeded = await fetch(`${server.url}/api/rooms/versioned/briefing`, {
          method: 'POST',
          headers: { 'Content-Type': 'text/plain' },
          body: 'Der Stadtrat tagte am Dienstag.\n'
        })
        expect(seeded.status).toBe(201)
        const read = async (format: string): Promise<string> =>
          (await fetch(`${server.url}/api/rooms/versioned/export?format=${format}`)).text()
        expect(version).toMatch(/^\d+\.\d+\.\d+/)
        expect(await read('md')).toContain(`by Claimdesk ${version}.`)
        expect(await read('html')).toContain(
          `<meta name="generator" content="Claimdesk ${version}">`
        )
        expect(JSON.parse(await read('json'))).toMatchObject({
          generator: { name: `Claimdesk ${version}` }
        })
      } finally {
        await server.stop('SIGTERM')
      }
    }
  )
})
