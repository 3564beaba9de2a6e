import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CloseCode } from '../../src/core/close-codes'
import { readPlainText } from '../../src/collab/briefing-doc'
import type { TestClient } from '../support/clients'
import { createClient, openRawSocket, upgradeStatus } from '../support/clients'
import type { TestServer } from '../support/test-server'
import { createRecordingLogger, startTestServer } from '../support/test-server'
import { appendParagraph } from '../support/tiptap-doc'
import { waitFor } from '../support/wait-for'

const MAX_MESSAGE_BYTES = 64 * 1024
const logger = createRecordingLogger()
let server: TestServer
let alice: TestClient
let bob: TestClient

beforeAll(async () => {
  server = await startTestServer({ logger, limits: { maxMessageBytes: MAX_MESSAGE_BYTES } })
  alice = createClient(server.syncUrl, 'bystanders')
  bob = createClient(server.syncUrl, 'bystanders')
  await Promise.all([alice.synced(), bob.synced()])
})

afterAll(async () => {
  alice.destroy()
  bob.destroy()
  await server.close()
})

/** Types into alice's doc and waits until bob has it: the bystander room still syncs. */
async function expectBystandersSync(text: string): Promise<void> {
  appendParagraph(alice.doc, text)
  await waitFor(() => readPlainText(bob.doc).endsWith(text), `bystanders sync "${text}"`)
  const health = await fetch(`${server.url}/healthz`)
  expect(health.status).toBe(200)
}

describe('a bad connection ends only itself', () => {
  it.each([
    ['a truncated varint', [0x80]],
    ['an unknown message type', [0x07, 0x00]],
    ['an unknown sync type', [0x00, 0x09, 0x00]],
    ['a length beyond the frame', [0x00, 0x02, 0x7f, 0x01]],
    ['garbage as an update', [0x00, 0x02, 0x04, 0xff, 0xff, 0xff, 0xff]],
    ['malformed awareness JSON', [0x01, 0x05, 0x01, 0x01, 0x01, 0x01, 0x7b]],
    ['trailing bytes', [0x03, 0x00]]
  ])('closes the socket with 1007 for %s', async (name, bytes) => {
    const before = logger.lines.length
    const raw = await openRawSocket(`${server.syncUrl}/vandal`)
    raw.socket.send(Uint8Array.from(bytes))
    expect(await raw.closed).toBe(CloseCode.malformedMessage)
    expect(logger.lines.slice(before)).toContain('warn: malformed message; closing connection')
    await expectBystandersSync(`after ${name}`)
  })

  it('closes the socket with 1007 for a text frame', async () => {
    const raw = await openRawSocket(`${server.syncUrl}/vandal`)
    raw.socket.send('hello')
    expect(await raw.closed).toBe(CloseCode.malformedMessage)
    await expectBystandersSync('after a text frame')
  })

  it('closes the socket with 1009 for an oversized frame', async () => {
    const raw = await openRawSocket(`${server.syncUrl}/vandal`)
    raw.socket.send(new Uint8Array(MAX_MESSAGE_BYTES + 1024))
    expect(await raw.closed).toBe(CloseCode.messageTooBig)
    await expectBystandersSync('after an oversized frame')
  })

  it('accepts a frame just under the limit', async () => {
    const carol = createClient(server.syncUrl, 'bystanders')
    await carol.synced()
    appendParagraph(alice.doc, 'y'.repeat(MAX_MESSAGE_BYTES / 2))
    await waitFor(() => readPlainText(carol.doc).length > MAX_MESSAGE_BYTES / 2, 'large edit')
    carol.destroy()
  })
})

describe('upgrade refusals', () => {
  it.each([
    ['/sync/bad%20name', 400],
    ['/sync/.hidden', 400],
    ['/sync/a%2Fb', 400],
    ['/sync/' + 'a'.repeat(129), 400],
    ['/sync/', 400],
    ['/sync/a/b', 404],
    ['/other/room', 404],
    ['/', 404]
  ])('refuses %s with %i', async (path, status) => {
    const url = server.url.replace(/^http/, 'ws') + path
    expect(await upgradeStatus(url)).toBe(status)
    await expectBystandersSync(`after ${path}`)
  })

  it('accepts the longest valid room name', async () => {
    expect(await upgradeStatus(`${server.syncUrl}/${'a'.repeat(128)}`)).toBe(101)
  })
})

describe('authorize hook', () => {
  it('refuses an upgrade the hook rejects with 403', async () => {
    const guarded = await startTestServer({ authorize: (_request, room) => room !== 'secret' })
    expect(await upgradeStatus(`${guarded.syncUrl}/secret`)).toBe(403)
    expect(await upgradeStatus(`${guarded.syncUrl}/public`)).toBe(101)
    await guarded.close()
  })
})
