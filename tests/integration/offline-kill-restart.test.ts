import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import type { RoomConnection } from '../../src/collab/room-connection'
import { allSynced, createDevice, openRoomOn } from '../support/offline-clients'
import { spawnServerProcess } from '../support/server-process'
import type { ServerProcess } from '../support/server-process'
import { appendParagraph, paragraphText } from '../support/tiptap-doc'
import { waitFor } from '../support/wait-for'

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

/** A port that was free a moment ago, so a restarted server can come back where it was. */
async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  return port
}

/** Types one character every few milliseconds at the end of `text` until stopped. */
function startTyping(text: Y.XmlText, letter: string): { count(): number; stop(): string } {
  let typed = ''
  const timer = setInterval(() => {
    text.insert(text.length, letter)
    typed += letter
  }, 15)
  return {
    count: () => typed.length,
    stop() {
      clearInterval(timer)
      return typed
    }
  }
}

/** Waits until both reviewers have typed `more` letters beyond what they had typed so far. */
async function typedMore(typists: { count(): number }[], more: number): Promise<void> {
  const from = typists.map((typist) => typist.count())
  await waitFor(
    () => typists.every((typist, index) => typist.count() >= (from[index] ?? 0) + more),
    `${more} more letters from each reviewer`
  )
}

describe('the server killed -9 mid-session', () => {
  it('loses nothing either reviewer typed once both resync with the restarted server', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'claimdesk-kill-'))
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }))
    const port = await freePort()
    let server: ServerProcess = await spawnServerProcess({ dataDir, port })
    cleanups.push(async () => void (await server.stop('SIGKILL')))
    const connections: RoomConnection[] = []
    cleanups.push(() => connections.forEach((connection) => connection.destroy()))
    const alice = openRoomOn(createDevice(), server.url, 'kill-room', 'Alice')
    connections.push(alice)
    await allSynced(alice)
    appendParagraph(alice.doc, 'A')
    appendParagraph(alice.doc, 'B')
    const bob = openRoomOn(createDevice(), server.url, 'kill-room', 'Bob')
    connections.push(bob)
    await Promise.all([allSynced(alice), allSynced(bob)])

    const aliceText = paragraphText(alice.doc, 0)
    const bobText = paragraphText(bob.doc, 1)
    if (!aliceText || !bobText) throw new Error('the paragraphs did not sync')
    const typingA = startTyping(aliceText, 'a')
    const typingB = startTyping(bobText, 'b')
    // Typing goes on before, during and after the kill: each phase lasts some letters.
    await typedMore([typingA, typingB], 20)
    expect(await server.stop('SIGKILL')).toBe('SIGKILL')
    await typedMore([typingA, typingB], 20)
    server = await spawnServerProcess({ dataDir, port })
    await typedMore([typingA, typingB], 20)
    const typedA = typingA.stop()
    const typedB = typingB.stop()

    await Promise.all([allSynced(alice, 20_000), allSynced(bob, 20_000)])
    const expected = [`A${typedA}`, `B${typedB}`]
    const texts = (doc: Y.Doc): string[] =>
      [0, 1].map((i): string => paragraphText(doc, i)?.toJSON() ?? '')
    await waitFor(
      () => texts(bob.doc).join() === expected.join(),
      () => `Bob: ${texts(bob.doc).join(' / ')}`
    )
    expect(texts(alice.doc)).toEqual(expected)

    // What the restarted server stored is complete too: a newcomer sees all of it.
    const newcomer = openRoomOn(createDevice(), server.url, 'kill-room', 'Carol')
    connections.push(newcomer)
    await allSynced(newcomer)
    expect(texts(newcomer.doc)).toEqual(expected)
  })
})
